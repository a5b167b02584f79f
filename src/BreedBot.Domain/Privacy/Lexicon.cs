using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A sorted list of lowercase entries ("de jong", "lindelaan"), kept as one UTF-8 block with the start
/// of each entry, and searched by halving: a few megabytes for hundreds of thousands of entries, where a
/// hash set of strings would take several times that.
/// </summary>
internal sealed class Lexicon
{
    private const int MaxEntryLength = 100;

    /// <summary>Up to this many entries a hash set is kept as well: the small lists are asked about nearly every word.</summary>
    private const int HashedUpTo = 20_000;

    private readonly byte[] text;
    private readonly int[] starts;
    private readonly HashSet<string>? hashed;

    private Lexicon(byte[] text, int[] starts)
    {
        this.text = text;
        this.starts = starts;
        if (Count <= HashedUpTo)
        {
            hashed = new HashSet<string>(Count, StringComparer.Ordinal);
            for (var i = 0; i < Count; i++)
            {
                hashed.Add(Encoding.UTF8.GetString(Entry(i)));
            }
        }
    }

    public int Count => starts.Length - 1;

    /// <summary>Whether the entry is in the list; the caller passes it lowercased, words separated by one space.</summary>
    public bool Contains(ReadOnlySpan<char> entry)
    {
        if (entry.IsEmpty || entry.Length > MaxEntryLength)
        {
            return false;
        }

        if (hashed is not null)
        {
            return hashed.GetAlternateLookup<ReadOnlySpan<char>>().Contains(entry);
        }

        Span<byte> key = stackalloc byte[Encoding.UTF8.GetMaxByteCount(MaxEntryLength)];
        var length = Encoding.UTF8.GetBytes(entry, key);
        var wanted = key[..length];
        var low = 0;
        var high = Count - 1;
        while (low <= high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            var order = Entry(middle).SequenceCompareTo(wanted);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    /// <summary>Reads one of the gzipped lists embedded in this assembly: sorted by UTF-8 bytes, one entry a line.</summary>
    public static Lexicon FromResource(string name)
    {
        using var resource = typeof(Lexicon).Assembly.GetManifestResourceStream($"BreedBot.Privacy.{name}.txt.gz")
            ?? throw new InvalidOperationException($"The lexicon '{name}' is not embedded in {typeof(Lexicon).Assembly.GetName().Name}.");

        // A gzip file ends with its unpacked size: read straight into an array of that size, with no growing buffers.
        Span<byte> size = stackalloc byte[4];
        resource.Seek(-4, SeekOrigin.End);
        resource.ReadExactly(size);
        resource.Seek(0, SeekOrigin.Begin);
        var text = new byte[BinaryPrimitives.ReadInt32LittleEndian(size)];
        using (var unzipped = new GZipStream(resource, CompressionMode.Decompress))
        {
            unzipped.ReadExactly(text);
        }

        var starts = new int[text.AsSpan().Count((byte)'\n') + 1];
        var entry = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                starts[entry++] = i + 1;
            }
        }

        return new Lexicon(text, starts);
    }

    private ReadOnlySpan<byte> Entry(int index) => text.AsSpan(starts[index], starts[index + 1] - starts[index] - 1);
}
