using System.IO.Compression;
using System.Text;

namespace Printernizer.Infrastructure.Tests.Files.Formats;

/// <summary>Builds small 3MF/zip packages in memory for hostile-input tests.</summary>
internal static class TestPackages
{
    public const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="model" ContentType="application/vnd.ms-package.3dmanufacturing-3dmodel+xml"/></Types>""";

    public const string RootRels =
        """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Target="/3D/3dmodel.model" Id="rel0" Type="http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"/></Relationships>""";

    public static string CubeModel(string resourcesExtra = "", string buildExtra = "", string unit = "millimeter") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <model unit="{unit}" xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02" xmlns:p="http://schemas.microsoft.com/3dmanufacturing/production/2015/06">
         <resources>
          <object id="1" type="model"><mesh>
           <vertices>
            <vertex x="0" y="0" z="0"/><vertex x="10" y="0" z="0"/><vertex x="10" y="10" z="0"/><vertex x="0" y="10" z="0"/>
            <vertex x="0" y="0" z="10"/><vertex x="10" y="0" z="10"/><vertex x="10" y="10" z="10"/><vertex x="0" y="10" z="10"/>
           </vertices>
           <triangles>
            <triangle v1="0" v2="2" v3="1"/><triangle v1="0" v2="3" v3="2"/>
            <triangle v1="4" v2="5" v3="6"/><triangle v1="4" v2="6" v3="7"/>
            <triangle v1="0" v2="1" v3="5"/><triangle v1="0" v2="5" v3="4"/>
            <triangle v1="1" v2="2" v3="6"/><triangle v1="1" v2="6" v3="5"/>
            <triangle v1="2" v2="3" v3="7"/><triangle v1="2" v2="7" v3="6"/>
            <triangle v1="3" v2="0" v3="4"/><triangle v1="3" v2="4" v3="7"/>
           </triangles>
          </mesh></object>
          {resourcesExtra}
         </resources>
         <build><item objectid="1" transform="1 0 0 0 1 0 0 0 1 100 100 0"/>{buildExtra}</build>
        </model>
        """;

    public static byte[] Zip(params (string Name, string Content)[] entries) =>
        Zip(CompressionLevel.Fastest, entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Content))).ToArray());

    public static byte[] Zip(CompressionLevel level, params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, level);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static byte[] ThreeMf(string model, params (string Name, string Content)[] extra) =>
        Zip([("[Content_Types].xml", ContentTypes), ("_rels/.rels", RootRels), ("3D/3dmodel.model", model), .. extra]);
}
