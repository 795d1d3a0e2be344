using System.Collections.Immutable;
using Triangulate.Claims;

namespace Triangulate.Verify;

/// <summary>
/// Judges the day each article gives the story's event. An article is misdated when independent sources agree
/// on another day and the article names that day nowhere (a follow-up that names both the event's day and its
/// own is not misdated), or when it writes a weekday beside a date the weekday does not fall on. An article with no
/// date at all is judged by the first weekday it names, read as that weekday nearest the agreed day.
/// </summary>
public static class DateChecker
{
    /// <summary>Independent sources that must agree on a day before another article's day is called misdated.</summary>
    public const int MisdatedMinimumAgreement = 2;

    /// <summary>
    /// The most days an article's day may lie from the agreed one and be called misdated; further off, the article
    /// more likely tells of another event that the story took in, and its day is only marked disputed.
    /// </summary>
    public const int MisdatedMaxDays = 10;

    /// <summary>The event-day slot, or null when no article dates the event (weekdays alone cannot place it).</summary>
    public static DateSlot? Check(IReadOnlyList<ArticleClaims> claims, IReadOnlyDictionary<string, string> duplicateOf)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        var reports = claims.Where(c => c.EventDate is not null).ToList();
        if (reports.Count == 0)
        {
            return null;
        }

        var firstOfRoot = new Dictionary<string, ArticleClaims>(StringComparer.Ordinal);
        var repeats = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in reports.OrderBy(r => duplicateOf.ContainsKey(r.Article)))
        {
            var root = duplicateOf.TryGetValue(article.Article, out var original) ? original : article.Article;
            if (!firstOfRoot.TryAdd(root, article))
            {
                repeats[article.Article] = firstOfRoot[root].Article;
            }
        }

        var independent = firstOfRoot.Values.ToList();
        var (consensus, support) = independent
            .GroupBy(a => a.EventDate!.Date)
            .Select(g => (Date: g.Key, Support: g.Count()))
            .OrderByDescending(g => g.Support)
            .ThenBy(g => g.Date)
            .First();
        var flagged = new Dictionary<string, (List<ReportFlag> Flags, string? Reason)>(StringComparer.Ordinal);
        foreach (var article in independent)
        {
            var own = new List<ReportFlag>();
            string? reason = null;
            var day = article.EventDate!.Date;
            if (day != consensus)
            {
                if (support >= MisdatedMinimumAgreement && !article.Dates.Any(d => d.Date == consensus)
                    && Math.Abs(day.DayNumber - consensus.DayNumber) <= MisdatedMaxDays)
                {
                    own.Add(ReportFlag.Misdated);
                    reason = $"it dates the event {Day(day)}; {support} other sources date it {Day(consensus)}";
                }
                else
                {
                    own.Add(ReportFlag.Disputed);
                }
            }
            else if (support > 1)
            {
                own.Add(ReportFlag.Corroborated);
            }

            if (article.CalendarErrors.FirstOrDefault() is { } slip)
            {
                own.Add(ReportFlag.Misdated);
                reason = CalendarReason(slip);
            }

            flagged[article.Article] = (own, reason);
        }

        var result = reports.Select(a =>
        {
            var duplicate = repeats.GetValueOrDefault(a.Article);
            var (flags, reason) = flagged[duplicate ?? a.Article];
            return new DateReport(a.EventDate!, [.. duplicate is null ? flags : flags.Prepend(ReportFlag.Duplicate)], reason, duplicate);
        }).ToList();
        var days = independent.Select(a => a.EventDate!.Date).ToList();
        var sources = independent.Count;
        var weekdayReports = new Dictionary<string, DateReport>(StringComparer.Ordinal);
        // Originals first, so a copy takes its original's judgement, as the dated reports do.
        foreach (var article in claims.Where(c => c.EventDate is null && c.Weekdays.Length > 0).OrderBy(c => duplicateOf.ContainsKey(c.Article)))
        {
            var root = duplicateOf.TryGetValue(article.Article, out var original) ? original : article.Article;
            var report = JudgeWeekday(article, consensus, support);
            if (firstOfRoot.TryAdd(root, article))
            {
                sources++;
                days.Add(report.Claim.Date);
                weekdayReports[article.Article] = report;
                result.Add(report);
                continue;
            }

            var first = firstOfRoot[root].Article;
            var (flags, reason) = flagged.TryGetValue(first, out var dated)
                ? (dated.Flags, dated.Reason)
                : ((IReadOnlyList<ReportFlag>)weekdayReports[first].Flags, weekdayReports[first].Reason);
            result.Add(report with { Flags = [ReportFlag.Duplicate, .. flags], Reason = reason, DuplicateOf = first });
        }

        // A dated report the undated sources' weekday agrees with is corroborated by them.
        if (weekdayReports.Values.Any(r => r.Claim.Date == consensus))
        {
            for (var i = 0; i < result.Count; i++)
            {
                if (!result[i].Claim.WeekdayOnly && result[i].Claim.Date == consensus && !result[i].Flags.Contains(ReportFlag.Corroborated))
                {
                    result[i] = result[i] with { Flags = [.. result[i].Flags, ReportFlag.Corroborated] };
                }
            }
        }

        var order = claims.Select((c, i) => (c.Article, i)).ToDictionary(p => p.Article, p => p.i, StringComparer.Ordinal);
        result.Sort((a, b) => order[a.Claim.Evidence.Article].CompareTo(order[b.Claim.Evidence.Article]));
        var disputed = days.Distinct().Count() > 1;
        var status = sources < 2 ? FactStatus.SingleSource : disputed ? FactStatus.Disputed : FactStatus.Agreed;
        return new DateSlot(status, consensus, [.. result], sources);
    }

    /// <summary>
    /// An undated article's weekday against the day the dated sources agree on: it is read as that weekday nearest
    /// the agreed day. The same weekday corroborates; another is misdated when enough sources agree and the article
    /// names the agreed day's weekday nowhere, else disputed.
    /// </summary>
    private static DateReport JudgeWeekday(ArticleClaims article, DateOnly consensus, int support)
    {
        var weekday = article.Weekdays[0];
        var offset = ((int)weekday.Day - (int)consensus.DayOfWeek + 7) % 7;
        var day = consensus.AddDays(offset > 3 ? offset - 7 : offset);
        var claim = new DateClaim(weekday.Evidence, weekday.Text, day, WeekdayOnly: true);
        if (day == consensus)
        {
            return new DateReport(claim, [ReportFlag.Corroborated], null, null);
        }

        if (support >= MisdatedMinimumAgreement && !article.Weekdays.Any(w => w.Day == consensus.DayOfWeek))
        {
            var reason = $"it puts the event on a {weekday.Day}, with no year or publication date to fix the day; {support} other sources date it {Day(consensus)}, a {consensus.DayOfWeek}";
            return new DateReport(claim, [ReportFlag.Misdated], reason, null);
        }

        return new DateReport(claim, [ReportFlag.Disputed], null, null);
    }

    /// <summary>"it says Monday, Nov. 3, but 2023-11-03 was a Friday".</summary>
    public static string CalendarReason(CalendarError slip)
    {
        ArgumentNullException.ThrowIfNull(slip);
        return $"it says \"{slip.Text}\", but {Day(slip.Date)} was a {slip.Date.DayOfWeek}, not a {slip.Stated}";
    }

    /// <summary>A day in words: "Tuesday 14 May 2024".</summary>
    public static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
