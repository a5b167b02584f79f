using System.Text;

namespace BreedBot.Storage;

/// <summary>
/// Makes any id usable as a PartitionKey or RowKey. Table keys may not contain '/', '\', '#', '?'
/// or control characters; Teams and Entra ids normally have none, but a key is never trusted to.
/// '|' is encoded too: it joins ids in composite keys ("tenant|team"), so one team's partitions
/// can never be mistaken for the prefix of another's.
/// Percent-encoding keeps keys readable and reversible, and '%' itself is encoded so it stays unique.
/// </summary>
public static class TableKey
{
    public static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (!id.AsSpan().ContainsAny(Forbidden))
        {
            return id;
        }

        var builder = new StringBuilder(id.Length + 8);
        foreach (var c in id)
        {
            if (Forbidden.Contains(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The id <see cref="Escape"/> was given: reads a key back into the id it stands for.</summary>
    public static string Unescape(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (!key.Contains('%', StringComparison.Ordinal))
        {
            return key;
        }

        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == '%' && i + 2 < key.Length && int.TryParse(key.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 2;
            }
            else
            {
                builder.Append(key[i]);
            }
        }

        return builder.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create(
        "/\\#?%|\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");
}
