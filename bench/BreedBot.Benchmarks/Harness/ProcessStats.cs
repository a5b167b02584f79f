using System.Globalization;

namespace BreedBot.Benchmarks.Harness;

/// <summary>Memory and CPU time of another process, read from /proc (Linux).</summary>
internal static class ProcessStats
{
    /// <summary>Peak resident set (VmHWM) in MB, or 0 when unknown.</summary>
    public static double PeakWorkingSetMb(int pid) => ReadKilobytes($"/proc/{pid}/status", "VmHWM:") / 1024.0;

    /// <summary>Current resident set (VmRSS) in MB, or 0 when unknown.</summary>
    public static double WorkingSetMb(int pid) => ReadKilobytes($"/proc/{pid}/status", "VmRSS:") / 1024.0;

    /// <summary>User plus system CPU time used so far, in milliseconds.</summary>
    public static double CpuMilliseconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name may hold spaces; the fields after its closing parenthesis are fixed.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return ticks * 1000.0 / 100; // USER_HZ is 100 on Linux
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public static long ReadKilobytes(string path, string key)
    {
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith(key, StringComparison.Ordinal))
                {
                    return long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process is gone.
        }

        return 0;
    }
}
