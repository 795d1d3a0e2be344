namespace Triangulate.Brief;

/// <summary>A unit-length term vector: term ids in ascending order with their weights.</summary>
internal readonly record struct SparseVector(int[] Ids, double[] Weights)
{
    /// <summary>The vector of a bag of term ids, each weighted by <paramref name="weightOf"/> per occurrence, scaled to length 1.</summary>
    public static SparseVector From(List<int> terms, Func<int, double> weightOf)
    {
        if (terms.Count == 0)
        {
            return new SparseVector([], []);
        }

        terms.Sort();
        var ids = new List<int>(terms.Count);
        var weights = new List<double>(terms.Count);
        foreach (var term in terms)
        {
            if (ids.Count > 0 && ids[^1] == term)
            {
                weights[^1] += weightOf(term);
            }
            else
            {
                ids.Add(term);
                weights.Add(weightOf(term));
            }
        }

        var norm = Math.Sqrt(weights.Sum(w => w * w));
        return new SparseVector([.. ids], [.. weights.Select(w => norm > 0 ? w / norm : 0)]);
    }

    /// <summary>The cosine of two unit vectors.</summary>
    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < Ids.Length && j < other.Ids.Length)
        {
            var (a, b) = (Ids[i], other.Ids[j]);
            if (a == b)
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>The dot product with a dense vector indexed by term id.</summary>
    public double Dot(double[] dense)
    {
        double sum = 0;
        for (var i = 0; i < Ids.Length; i++)
        {
            sum += Weights[i] * dense[Ids[i]];
        }

        return sum;
    }
}
