using RunnersQA.Cli;
using RunnersQA.Tests.Support;
using RunnersQA.Validation;
using Xunit.Abstractions;

namespace RunnersQA.Tests.Content;

/// <summary>
/// The readers' privacy rule (RQA043) measured on labelled cases: contact details and addresses in the forms people
/// write them (UK, US, Canadian, Dutch, German and Irish), and the numbers runners write that must not be taken for
/// them. An error stops the build, so a false alarm costs more than a miss: none is allowed, and most real ones
/// must be found. The cases a pattern does not catch on purpose are labelled too, so the figures say what it misses.
/// </summary>
public sealed class PersonalDataRuleTests(ITestOutputHelper output)
{
    private const string Email = "an email address", Phone = "a phone number", Postcode = "a postcode", Web = "a web address", Handle = "a social media handle";

    /// <summary>Each text, and the kind of personal data it holds (null: none).</summary>
    private static readonly (string Text, string? Kind)[] Cases =
    [
        ("you can email me at matt.jones@example.com if you need more", Email),
        ("matt+running@gmail.co.uk", Email),
        ("Reach me: j_smith99@outlook.com.", Email),
        ("MATT@EXAMPLE.ORG", Email),
        ("write to matt [at] example [dot] com", Email),
        ("matt at example dot com", Email),
        ("matt(at)example(dot)org", Email),

        ("call me on 07700 900123 any evening", Phone),
        ("07700900123", Phone),
        ("+44 7700 900123", Phone),
        ("+44 (0)20 7946 0958", Phone),
        ("020 7946 0958", Phone),
        ("(020) 7946 0958", Phone),
        ("0044 20 7946 0958", Phone),
        ("0161 496 0000", Phone),
        ("(415) 555-0132", Phone),
        ("415-555-0132", Phone),
        ("415.555.0132", Phone),
        ("+1 415 555 0132", Phone),
        ("1-800-555-0199", Phone),
        ("+1 (416) 555-0199", Phone),
        ("Toronto, 416-555-0199", Phone),
        ("06-12345678", Phone),
        ("+31 6 12345678", Phone),
        ("020-1234567", Phone),
        ("06 12 34 56 78", Phone),
        ("030 12345678", Phone),
        ("+49 30 1234567", Phone),
        ("0151 23456789", Phone),
        ("0171/1234567", Phone),
        ("+49 (0)171 1234567", Phone),
        ("087 123 4567", Phone),
        ("+353 87 123 4567", Phone),
        ("(01) 234 5678", Phone),
        // Missed on purpose: ten bare digits are as often an id as a number to call, and seven are a local number
        // only with an area code the text does not give.
        ("text me 4155550132", Phone),
        ("my number is 555 0199", Phone),

        ("I live at SW1A 1AA", Postcode),
        ("M1 1AE", Postcode),
        ("B33 8TH", Postcode),
        ("EC1A 1BB, London", Postcode),
        ("DN55 1PT", Postcode),
        ("CR2 6XH", Postcode),
        ("New York, NY 10001", Postcode),
        ("Austin, TX 78701-1234", Postcode),
        ("zip 94103-1234", Postcode),
        ("K1A 0B1", Postcode),
        ("Toronto M5V 3L9", Postcode),
        ("m5v3l9", Postcode),
        ("1011 AB Amsterdam", Postcode),
        ("3511LX Utrecht", Postcode),
        ("10115 Berlin", Postcode),
        ("D-80331", Postcode),
        ("80331 München", Postcode),
        ("D02 X285", Postcode),
        ("A65 F4E2", Postcode),
        ("Cork T12 RX8C", Postcode),
        // Missed on purpose: UK postcodes in lower case, since "z2 4hr" (zone 2, four hours) has their shape.
        ("sw1a 1aa", Postcode),

        ("my plan is at https://www.strava.com/athletes/123456", Web),
        ("http://example.org", Web),
        ("www.myrunningblog.co.uk", Web),
        ("see example.com for my log", Web),
        ("strava.com/athletes/123", Web),
        ("bit.ly/3xYz", Web),
        ("[my plan](https://docs.google.com/spreadsheets/d/abc)", Web),
        ("mattruns.blog", Web),
        ("<https://example.net/me>", Web),

        ("I'm @matt_runs on Instagram", Handle),
        ("follow @RunnerMatt", Handle),

        ("I run 8:30/mile on easy days", null),
        ("my marathon PB is 3:59:59", null),
        ("I do 10000 steps a day", null),
        ("10,000 steps", null),
        ("10 000 steps", null),
        ("I ran 42.195 km", null),
        ("in 2019 and 2023", null),
        ("2019 2020 2021 2022", null),
        ("my heart rate sits at 150-160 bpm", null),
        ("5x1000m with 2 min rest", null),
        ("3x3km at threshold, then 12x400", null),
        ("on 12/03/2026", null),
        ("on 2026-03-12", null),
        ("on 01.03.2026", null),
        ("from 01/03/2026 - 05/03/2026", null),
        ("4 x 800m at 5k pace", null),
        ("12 weeks out from race day", null),
        ("I'm 52, 170 cm and weigh 70.5 kg", null),
        ("zone 2 (130-145 bpm)", null),
        ("Z2 4hr long run", null),
        ("Garmin Forerunner 255", null),
        ("in the 2023 London Marathon", null),
        ("I ran the 2019 NY Marathon", null),
        ("my 1500 PB is 4:50", null),
        ("in 2019 UK Athletics changed it", null),
        ("30-40 miles a week", null),
        ("splits of 1:45, 1:46, 1:44", null),
        ("half marathon in 1:45:30", null),
        ("VO2max of 52", null),
        ("3 x 10 reps", null),
        ("0 5 10 15 20 25 30 minutes", null),
        ("e.g. strides, i.e. short and fast", null),
        ("I ran.It hurt, and my knee.Then it swelled", null),
        ("a 10k in 45:00 and the 5:30 am run", null),
        ("Strava says 1,234 km this year", null),
        ("at 06.00 each morning", null),
        ("in 2024 I ran 1200 miles", null),
        ("a cadence of 175 spm, tempo at 6:45/km", null),
        ("fuelling 60-90 g/hour", null),
        ("parkrun barcode A1234567", null),
        ("the M25 and the M6, 3 miles away", null),
        ("increase by 10% a week", null),
        ("blood pressure 120/80", null),
        ("Nike Pegasus 40, size 10.5", null),
        ("I ran 10000 Metres on the track", null),
        ("Leeds, West Yorkshire", null),
        ("Co. Cork", null),
        ("my times were 21:30 22:10 21:55", null),
        ("between 160 and 170 steps a minute", null),
    ];

    [Fact]
    public void The_patterns_raise_no_false_alarm_and_find_most_personal_data()
    {
        var (truePositives, falsePositives, falseNegatives, wrongKind) = (0, new List<string>(), new List<string>(), new List<string>());
        foreach (var (text, kind) in Cases)
        {
            var found = PersonalDataFinder.Find(text);
            if (kind is null)
            {
                if (found.Count > 0) falsePositives.Add($"{text} -> {string.Join(", ", found.Select(f => $"{f.Kind.Words} '{f.Text}'"))}");
            }
            else if (found.Count == 0) falseNegatives.Add(text);
            else if (found[0].Kind.Words != kind) wrongKind.Add($"{text} -> {found[0].Kind.Words} '{found[0].Text}', not {kind}");
            else truePositives++;
        }
        var positives = Cases.Count(c => c.Kind is not null);
        var reported = truePositives + falsePositives.Count + wrongKind.Count;
        double precision = (double)truePositives / reported, recall = (double)truePositives / positives;
        output.WriteLine($"{Cases.Length} cases, {positives} with personal data: precision {precision:0.000}, recall {recall:0.000}");
        foreach (var missed in falseNegatives) output.WriteLine($"missed: {missed}");

        Assert.True(falsePositives.Count == 0, "false alarms:\n" + string.Join("\n", falsePositives));
        Assert.True(wrongKind.Count == 0, "found as the wrong kind:\n" + string.Join("\n", wrongKind));
        Assert.True(recall >= 0.95, $"recall {recall:0.000}; missed:\n" + string.Join("\n", falseNegatives));
    }

    [Fact]
    public void Both_kinds_of_case_cover_every_kind_and_country()
    {
        Assert.All(new[] { Email, Phone, Postcode, Web, Handle }, kind => Assert.True(Cases.Count(c => c.Kind == kind) >= 2, kind));
        Assert.True(Cases.Count(c => c.Kind is null) >= 40, "runners' numbers that must not match");
    }

    [Fact]
    public void A_finding_in_the_question_is_reported_at_its_line_and_column_in_the_block()
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace("answers/2026/sore-knees.md", "  Should I stop running?", "  Should I stop running? Text me on 07700 900123.");

        var run = CliRun.Invoke("check", "--input", site.Input);

        Assert.Equal(ExitCode.ContentErrors, run.ExitCode);
        var line = Assert.Single(run.StdoutLines, l => l.Contains("RQA043", StringComparison.Ordinal));
        // Line 6 of the file, and the number's column there as the test finds it itself.
        var column = File.ReadAllLines(site.InputPath("answers/2026/sore-knees.md"))[5].IndexOf("07700", StringComparison.Ordinal) + 1;
        Assert.Contains($"sore-knees.md:6:{column}: error RQA043: the question holds what looks like a phone number, '07700 900123'", line);
    }

    [Fact]
    public void A_draft_is_checked_too_since_its_preview_is_public()
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace("answers/2026/sore-knees.md", "expert: rachel-moss", "draft: true\nexpert: rachel-moss");
        site.Replace("answers/2026/sore-knees.md", "location: London", "location: SW1A 1AA");

        var run = CliRun.Invoke("check", "--input", site.Input);

        Assert.Contains(run.StdoutLines, l => l.Contains("error RQA043: the asker's `location` holds what looks like a postcode, 'SW1A 1AA'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mary-Jane", null)]
    [InlineData("O'Neill", null)]
    [InlineData("Anonymous", null)]
    [InlineData("Matt Jones", "first")]
    [InlineData("Matt Jones", "full")]
    public void An_asker_named_in_more_than_one_word_is_refused_unless_site_yml_shows_full_names(string name, string? setting)
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace("answers/2026/sore-knees.md", "name: Matt,", $"name: {name},");
        if (setting is not null) site.WriteInput("site.yml", site.ReadInput("site.yml") + $"asker_names: {setting}\n");

        var run = CliRun.Invoke("check", "--input", site.Input);

        var refused = run.StdoutLines.Where(l => l.Contains("RQA043", StringComparison.Ordinal)).ToList();
        if (name.Contains(' ') && setting != "full")
        {
            var column = File.ReadAllLines(site.InputPath("answers/2026/sore-knees.md"))[6].IndexOf(name, StringComparison.Ordinal) + 1;
            Assert.Contains($"sore-knees.md:7:{column}: error RQA043: the asker's name 'Matt Jones' is more than a first name", Assert.Single(refused));
            Assert.Contains("asker_names: full", run.StdoutLines[Array.FindIndex(run.StdoutLines, l => l.Contains("RQA043", StringComparison.Ordinal)) + 1]);
        }
        else Assert.Empty(refused);
    }
}
