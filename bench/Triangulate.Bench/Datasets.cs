namespace Triangulate.Bench;

/// <summary>Finds ../shared/datasets from the project root or any folder below it.</summary>
internal static class Datasets
{
    public static string? Locate(string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return Directory.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "datasets");
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
