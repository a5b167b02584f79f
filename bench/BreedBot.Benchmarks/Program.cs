using BreedBot.Benchmarks;

var known = new Dictionary<string, Action<TextWriter>>(StringComparer.OrdinalIgnoreCase)
{
    ["pairing"] = PairingBenchmark.Run,
};

if (args.Length != 1 || !known.TryGetValue(args[0], out var benchmark))
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/BreedBot.Benchmarks -- <" + string.Join("|", known.Keys) + ">");
    return 2;
}

benchmark(Console.Out);
return 0;
