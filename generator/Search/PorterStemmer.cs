namespace RunnersQA.Search;

/// <summary>
/// The original Porter (1980) stemmer, with the rules of "An algorithm for suffix stripping" as printed
/// (ABLI -> ABLE, no LOGI rule: not the later reference-code departures, not Snowball's "Porter2"), so the
/// browser's copy can follow it rule for rule. As in Porter's own code, words of one or two letters are kept.
/// Input is lower-case [a-z0-9]; the work is done in place, allocating nothing.
/// </summary>
public static class PorterStemmer
{
    // Each step's rules, longest suffix first where one suffix ends another: the paper applies only the
    // longest matching suffix of a step, even when its condition then fails.
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    ];

    /// <summary>The stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2) return word;
        Span<char> buffer = word.Length < 128 ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        word.CopyTo(buffer);
        var length = Stem(buffer, word.Length);
        return buffer[..length].SequenceEqual(word) ? word : new string(buffer[..length]);
    }

    /// <summary>Stems <paramref name="buffer"/>[..length] in place and returns the stem's length.</summary>
    /// <param name="buffer">Must have room for length + 1 characters: step 1b may add an "e".</param>
    internal static int Stem(Span<char> buffer, int length)
    {
        if (length <= 2) return length;
        var word = new Word(buffer, length);
        word.Step1A();
        word.Step1B();
        word.Step1C();
        word.Step2();
        word.Step3();
        word.Step4();
        word.Step5();
        return word.Length;
    }

    private ref struct Word(Span<char> buffer, int length)
    {
        private readonly Span<char> _b = buffer;
        public int Length = length;

        private readonly ReadOnlySpan<char> Text => _b[..Length];

        public void Step1A()
        {
            if (Ends("sses") || Ends("ies")) Length -= 2;
            else if (Ends("ss")) { }
            else if (Ends("s")) Length--;
        }

        public void Step1B()
        {
            if (Ends("eed"))
            {
                if (Measure(Length - 3) > 0) Length--;
                return;
            }
            if (Ends("ed") && HasVowel(Length - 2)) Length -= 2;
            else if (Ends("ing") && HasVowel(Length - 3)) Length -= 3;
            else return;

            if (Ends("at") || Ends("bl") || Ends("iz")) Append('e');
            else if (EndsWithDoubleConsonant(Length) && _b[Length - 1] is not ('l' or 's' or 'z')) Length--;
            else if (Measure(Length) == 1 && EndsCvc(Length)) Append('e');
        }

        public void Step1C()
        {
            if (Ends("y") && HasVowel(Length - 1)) _b[Length - 1] = 'i';
        }

        public void Step2() => Replace(Step2Rules);

        public void Step3() => Replace(Step3Rules);

        public void Step4()
        {
            foreach (var suffix in Step4Suffixes)
            {
                if (!Ends(suffix)) continue;
                var stem = Length - suffix.Length;
                if (Measure(stem) > 1 && (suffix != "ion" || (stem > 0 && _b[stem - 1] is 's' or 't'))) Length = stem;
                return;
            }
        }

        public void Step5()
        {
            if (Ends("e"))
            {
                var m = Measure(Length - 1);
                if (m > 1 || (m == 1 && !EndsCvc(Length - 1))) Length--;
            }
            if (Length > 0 && _b[Length - 1] == 'l' && EndsWithDoubleConsonant(Length) && Measure(Length) > 1) Length--;
        }

        /// <summary>The (m > 0) rule of the longest matching suffix, if any.</summary>
        private void Replace((string Suffix, string Replacement)[] rules)
        {
            foreach (var (suffix, replacement) in rules)
            {
                if (!Ends(suffix)) continue;
                var stem = Length - suffix.Length;
                if (Measure(stem) > 0)
                {
                    replacement.CopyTo(_b[stem..]);
                    Length = stem + replacement.Length;
                }
                return;
            }
        }

        private readonly bool Ends(string suffix) => Text.EndsWith(suffix, StringComparison.Ordinal);

        private void Append(char c) => _b[Length++] = c;

        /// <summary>A consonant is any letter but a, e, i, o, u, and other than y preceded by a consonant.</summary>
        private readonly bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>m in [C](VC){m}[V] of the first <paramref name="stem"/> characters.</summary>
        private readonly int Measure(int stem)
        {
            var i = 0;
            while (i < stem && IsConsonant(i)) i++;
            var m = 0;
            while (i < stem)
            {
                while (i < stem && !IsConsonant(i)) i++;
                if (i >= stem) break;
                while (i < stem && IsConsonant(i)) i++;
                m++;
            }
            return m;
        }

        private readonly bool HasVowel(int stem)
        {
            for (var i = 0; i < stem; i++)
            {
                if (!IsConsonant(i)) return true;
            }
            return false;
        }

        private readonly bool EndsWithDoubleConsonant(int stem) =>
            stem >= 2 && _b[stem - 1] == _b[stem - 2] && IsConsonant(stem - 1);

        /// <summary>*o: the stem ends consonant-vowel-consonant, the last not w, x or y.</summary>
        private readonly bool EndsCvc(int stem) =>
            stem >= 3 && IsConsonant(stem - 1) && !IsConsonant(stem - 2) && IsConsonant(stem - 3) && _b[stem - 1] is not ('w' or 'x' or 'y');
    }
}
