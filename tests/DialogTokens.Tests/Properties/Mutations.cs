namespace DialogTokens.Tests.Properties;

/// <summary>Small random edits of a token string, each named so that a failure says what was done.</summary>
internal static class Mutations
{
    public static readonly string[] Names =
        ["flip bit", "delete char", "insert char", "duplicate segment", "double segment", "swap chars", "truncate", "replace part", "change case"];

    /// <summary>Applies 1 to 3 random mutations; <paramref name="applied"/> lists them.</summary>
    public static string Apply(string token, Random random, IReadOnlyList<string> others, out string applied)
    {
        var steps = new List<string>();
        var count = random.Next(4) == 0 ? random.Next(2, 4) : 1;
        for (var i = 0; i < count; i++)
        {
            var name = Names[random.Next(Names.Length)];
            token = Apply(name, token, random, others);
            steps.Add(name);
        }

        applied = string.Join(" + ", steps);
        return token;
    }

    private static string Apply(string name, string token, Random random, IReadOnlyList<string> others)
    {
        if (token.Length == 0)
        {
            return Fuzz.NoiseChar(random).ToString();
        }

        var at = random.Next(token.Length);
        var parts = token.Split('.');
        var part = random.Next(parts.Length);
        switch (name)
        {
            case "flip bit":
                // Mostly the low seven bits, which keep ASCII; sometimes any of the sixteen.
                var bit = random.Next(4) == 0 ? random.Next(16) : random.Next(7);
                return Replace(token, at, (char)(token[at] ^ (1 << bit)));
            case "delete char":
                return token.Remove(at, 1);
            case "insert char":
                return token.Insert(random.Next(token.Length + 1), Fuzz.NoiseChar(random).ToString());
            case "duplicate segment":
                var list = parts.ToList();
                list.Insert(random.Next(list.Count + 1), parts[part]);
                return string.Join('.', list);
            case "double segment":
                parts[part] += parts[part];
                return string.Join('.', parts);
            case "swap chars":
                var other = random.Next(token.Length);
                var chars = token.ToCharArray();
                (chars[at], chars[other]) = (chars[other], chars[at]);
                return new string(chars);
            case "truncate":
                return token[..at];
            case "replace part":
                var donor = others[random.Next(others.Count)].Split('.');
                parts[part] = donor[random.Next(2) == 0 ? Math.Min(part, donor.Length - 1) : random.Next(donor.Length)];
                return string.Join('.', parts);
            default:
                for (var attempt = 0; attempt < 8; attempt++, at = random.Next(token.Length))
                {
                    if (char.IsAsciiLetter(token[at]))
                    {
                        return Replace(token, at, char.IsAsciiLetterUpper(token[at]) ? char.ToLowerInvariant(token[at]) : char.ToUpperInvariant(token[at]));
                    }
                }

                return token;
        }
    }

    private static string Replace(string text, int index, char value)
    {
        var chars = text.ToCharArray();
        chars[index] = value;
        return new string(chars);
    }
}
