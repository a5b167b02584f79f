namespace BreedBot.Domain.Pairing;

/// <summary>
/// The free members split into groups that can reach each other through allowed pairs. A group
/// of odd size cannot be paired off on its own: it needs the trio, and there is only one.
/// </summary>
internal static class AllowedGroups
{
    public static int CountOdd(PairCosts costs, int[] members, bool[] placed)
    {
        var seen = (bool[])placed.Clone();
        var stack = new Stack<int>();
        var odd = 0;
        foreach (var start in members)
        {
            if (seen[start])
            {
                continue;
            }

            var size = 0;
            seen[start] = true;
            stack.Push(start);
            while (stack.TryPop(out var member))
            {
                size++;
                foreach (var other in members)
                {
                    if (!seen[other] && costs.Allowed(member, other))
                    {
                        seen[other] = true;
                        stack.Push(other);
                    }
                }
            }

            odd += size % 2;
        }

        return odd;
    }
}
