using System.Runtime.CompilerServices;

// The trainer (tools/Triangulate.Train) drives the same feature extraction and decoder the engine ships.
[assembly: InternalsVisibleTo("Triangulate.Train")]
