using System.Text.Json;

namespace Triangulate.Bench;

/// <summary>gva/'s gold: each incident's killed and injured counts, and each article's incident.</summary>
internal sealed record GvaGold(Dictionary<string, (int Killed, int Injured)> Incidents, Dictionary<string, string> IncidentOf)
{
    public static GvaGold Load(string folder)
    {
        var incidents = new Dictionary<string, (int Killed, int Injured)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(folder, "incidents.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            incidents[root.GetProperty("incident").GetString()!] = (root.GetProperty("num_killed").GetInt32(), root.GetProperty("num_injured").GetInt32());
        }

        var incidentOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(folder, "articles.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            incidentOf[json.RootElement.GetProperty("id").GetString()!] = json.RootElement.GetProperty("incident").GetString()!;
        }

        return new GvaGold(incidents, incidentOf);
    }
}
