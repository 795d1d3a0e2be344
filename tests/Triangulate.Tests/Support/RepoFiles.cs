namespace Triangulate.Tests.Support;

/// <summary>Finds files of the repository (docs, samples) from the test's output folder.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (Triangulate.slnx) not found above " + AppContext.BaseDirectory);
    }
}
