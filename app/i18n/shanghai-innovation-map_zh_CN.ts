<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/AboutDialog.qml" line="18"/>
        <source>About Shanghai Innovation Map</source>
        <translation>关于上海创新地图</translation>
    </message>
    <message>
        <location filename="../qml/AboutDialog.qml" line="33"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../qml/AboutDialog.qml" line="39"/>
        <source>Shanghai&apos;s 16 districts and their innovation work, on a map.</source>
        <translation>上海16个区及其科技创新工作，尽在一张地图上。</translation>
    </message>
    <message>
        <location filename="../qml/AboutDialog.qml" line="44"/>
        <source>Qt %1 · GDAL %2</source>
        <translation>Qt %1 · GDAL %2</translation>
    </message>
    <message>
        <location filename="../qml/AboutDialog.qml" line="50"/>
        <source>The program&apos;s code is under the %1 licence.</source>
        <translation>本程序的代码采用 %1 许可证。</translation>
    </message>
    <message>
        <location filename="../qml/AboutDialog.qml" line="55"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../qml/AboutDialog.qml" line="70"/>
        <source>Data sources and their licences</source>
        <translation>数据来源及其许可</translation>
    </message>
    <message>
        <location filename="../qml/AboutDialog.qml" line="88"/>
        <source>The district boundaries bundled with the application are Amap&apos;s (redistributed by cnmaps, converted from GCJ-02 to WGS84). Amap&apos;s terms are not an open-data licence: do not assume that you may reuse or redistribute them. Any GeoJSON with the same properties can replace them (see FORMAT.md in the data directory, and --data).</source>
        <translation>本程序附带的各区边界来自高德（经 cnmaps 再分发，由 GCJ-02 转换为 WGS84）。高德的条款并非开放数据许可：请勿认为可以再利用或再分发这些边界。任何具有相同属性的 GeoJSON 均可替换它们（参见数据目录中的 FORMAT.md，以及 --data）。</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../qml/toolbar/ActionBar.qml" line="85"/>
        <location filename="../qml/toolbar/ActionBar.qml" line="88"/>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
</context>
<context>
    <name>BaseMapMenu</name>
    <message>
        <location filename="../qml/map/BaseMapMenu.qml" line="17"/>
        <source>Land around the city (offline)</source>
        <translation>周边陆地（离线）</translation>
    </message>
    <message>
        <location filename="../qml/map/BaseMapMenu.qml" line="24"/>
        <source>Map tiles from %1</source>
        <translation>来自 %1 的地图瓦片</translation>
    </message>
    <message>
        <location filename="../qml/map/BaseMapMenu.qml" line="25"/>
        <source>Map tiles (start with --tiles URL_TEMPLATE)</source>
        <translation>地图瓦片（启动时使用 --tiles URL_TEMPLATE）</translation>
    </message>
</context>
<context>
    <name>BaseMapNotice</name>
    <message>
        <location filename="../qml/map/BaseMapNotice.qml" line="34"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="48"/>
        <source>Click a district on the map…</source>
        <translation>请在地图上点击一个区……</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="48"/>
        <source>Replace…</source>
        <translation>替换……</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="50"/>
        <source>Replace %1</source>
        <translation>替换%1</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="119"/>
        <source>Compare districts</source>
        <translation>两区对比</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="139"/>
        <source>Swap</source>
        <translation>互换</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="140"/>
        <source>Swap the two districts</source>
        <translation>互换两个区</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="145"/>
        <source>Leave compare</source>
        <translation>退出对比</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="146"/>
        <source>Leave compare mode</source>
        <translation>退出对比模式</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="166"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="168"/>
        <source>Open the saved PDF</source>
        <translation>打开已保存的 PDF</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="172"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="174"/>
        <source>Show the saved PDF in its folder</source>
        <translation>在所在文件夹中显示已保存的 PDF</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="231"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="251"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="254"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="255"/>
        <source>Ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="256"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="354"/>
        <source>Differences and ratios are first district minus / over second. Ranks are among all districts with data. Hover a metric for its source.</source>
        <translation>差值与比值均为第一个区减去／除以第二个区。排名为在有数据的各区中的位次。将指针悬停在指标上可查看来源。</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="362"/>
        <source>Each metric as a share of the highest district&apos;s value (%)</source>
        <translation>各指标占全市最高区数值的百分比（%）</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="453"/>
        <source>in both</source>
        <translation>两区均有</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="127"/>
        <source>Export PDF…</source>
        <translation>导出 PDF……</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="98"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="89"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="128"/>
        <source>Export this comparison as a PDF file</source>
        <translation>将此对比导出为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="131"/>
        <source>Save a printable comparison of the two districts as a PDF, in Chinese and English</source>
        <translation>将两区的可打印对比保存为中英双语 PDF</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="97"/>
        <source>Export the comparison as PDF</source>
        <translation>将对比导出为 PDF</translation>
    </message>
</context>
<context>
    <name>DataBanner</name>
    <message numerus="yes">
        <location filename="../qml/DataBanner.qml" line="72"/>
        <source>The data files in %1 changed, but they have %n problem(s). Still showing the data loaded at %2; it is replaced as soon as the files are valid.</source>
        <translation>
            <numerusform>%1 中的数据文件已更改，但有 %n 个问题。当前仍显示 %2 载入的数据；文件一旦有效即会替换。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DataBanner.qml" line="76"/>
        <source>Hide problems</source>
        <translation>隐藏问题</translation>
    </message>
    <message>
        <location filename="../qml/DataBanner.qml" line="76"/>
        <source>Show problems</source>
        <translation>显示问题</translation>
    </message>
    <message>
        <location filename="../qml/DataBanner.qml" line="80"/>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location filename="../qml/DataBanner.qml" line="82"/>
        <source>Read the data files again (F5)</source>
        <translation>重新读取数据文件（F5）</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/DataBanner.qml" line="92"/>
        <source>The data loaded with %n warning(s): something in it may be wrong.</source>
        <translation>
            <numerusform>数据已载入，但有 %n 条警告：其中某些内容可能有误。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DataBanner.qml" line="94"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../qml/DataBanner.qml" line="94"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../qml/DataBanner.qml" line="98"/>
        <location filename="../qml/DataBanner.qml" line="108"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DataSession</name>
    <message>
        <location filename="../quick/datasession.cpp" line="79"/>
        <source>Your settings file is damaged (%1) and could not be moved aside; the application uses its default settings.</source>
        <translation>设置文件已损坏（%1），且无法移到一旁；程序将使用默认设置。</translation>
    </message>
    <message>
        <location filename="../quick/datasession.cpp" line="82"/>
        <source>Your settings file was damaged (%1), so the application started with its default settings. The damaged file was kept as %2.</source>
        <translation>设置文件已损坏（%1），因此程序以默认设置启动。损坏的文件已保留为 %2。</translation>
    </message>
    <message>
        <location filename="../quick/datasession.cpp" line="169"/>
        <source>%1 has errors, so the land around the districts is not drawn:</source>
        <translation>%1 有错误，因此不绘制各区周边的陆地：</translation>
    </message>
</context>
<context>
    <name>DistrictMap</name>
    <message>
        <location filename="../qml/map/DistrictMap.qml" line="46"/>
        <source>Map of the districts. Tab moves between districts, Enter opens one.</source>
        <translation>各区地图。按 Tab 键在各区之间移动，按回车键打开。</translation>
    </message>
</context>
<context>
    <name>DistrictMenu</name>
    <message>
        <location filename="../qml/DistrictMenu.qml" line="29"/>
        <source>Open %1</source>
        <translation>打开%1</translation>
    </message>
    <message>
        <location filename="../qml/DistrictMenu.qml" line="35"/>
        <source>Compare with %1</source>
        <translation>与%1对比</translation>
    </message>
    <message>
        <location filename="../qml/DistrictMenu.qml" line="36"/>
        <source>Compare with…</source>
        <translation>与其他区对比……</translation>
    </message>
    <message>
        <location filename="../qml/DistrictMenu.qml" line="48"/>
        <source>Export PDF…</source>
        <translation>导出 PDF……</translation>
    </message>
</context>
<context>
    <name>DistrictPanel</name>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="84"/>
        <source>District profile</source>
        <translation>区情概览</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="119"/>
        <source>Close the district panel</source>
        <translation>关闭区情面板</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="121"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="140"/>
        <source>Click a district to compare…</source>
        <translation>请点击要对比的区……</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="140"/>
        <source>Compare with…</source>
        <translation>与其他区对比……</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="141"/>
        <source>Compare this district with another</source>
        <translation>将本区与另一个区对比</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="174"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="176"/>
        <source>Open the saved PDF</source>
        <translation>打开已保存的 PDF</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="181"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="183"/>
        <source>Show the saved PDF in its folder</source>
        <translation>在所在文件夹中显示已保存的 PDF</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="196"/>
        <source>Focus industries</source>
        <translation>重点产业</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="266"/>
        <source>Press to show the source</source>
        <translation>按下以显示出处</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="321"/>
        <source>Source: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="334"/>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="342"/>
        <source>Click any item above to see the sentence it comes from.</source>
        <translation>点击上方任一条目，可查看其原文出处。</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="146"/>
        <source>Export PDF…</source>
        <translation>导出 PDF……</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="46"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="62"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="147"/>
        <source>Export this district&apos;s summary as a PDF file</source>
        <translation>将本区概览导出为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="150"/>
        <source>Save a printable summary of this district as a PDF, in Chinese and English</source>
        <translation>将本区的可打印概览保存为中英双语 PDF</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="45"/>
        <source>Export the district summary as PDF</source>
        <translation>将区概览导出为 PDF</translation>
    </message>
</context>
<context>
    <name>DistrictTableView</name>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="128"/>
        <source>Copied %1 of %2 rows</source>
        <translation>已复制 %1 行（共 %2 行）</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="129"/>
        <source>Copied the whole table: %1 rows</source>
        <translation>已复制整张表：%1 行</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="161"/>
        <source>Filter by name (中文, English, pinyin)</source>
        <translation>按名称筛选（中文、English、拼音）</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="162"/>
        <source>Filter the districts by name</source>
        <translation>按名称筛选各区</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="182"/>
        <source>%1 districts</source>
        <translation>共 %1 个区</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="183"/>
        <source>%1 of %2 districts</source>
        <translation>%2 个区中的 %1 个</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="193"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="195"/>
        <source>Copy the selected rows, or the whole table, for a spreadsheet (Ctrl+C)</source>
        <translation>复制所选行（或整张表），可粘贴到电子表格（Ctrl+C）</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="217"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="226"/>
        <source>Rank by %1 (1 = largest; &quot;=&quot; marks a shared rank)</source>
        <translation>按%1排名（1 为最大；“=”表示并列）</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="227"/>
        <source>Sort by a metric, or colour the map by one, to see ranks</source>
        <translation>按某项指标排序，或按指标为地图着色，即可看到排名</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="284"/>
        <source>Figures for %1</source>
        <translation>%1年数据</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="285"/>
        <source>Source: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="285"/>
        <source>Click to sort; again to reverse</source>
        <translation>点击排序，再次点击则反向</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="332"/>
        <source>Districts and their metrics</source>
        <translation>各区及其指标</translation>
    </message>
    <message>
        <location filename="../qml/views/DistrictTableView.qml" line="410"/>
        <source>Click a row to open the district, Ctrl+click a second row to compare; Ctrl+C copies for a spreadsheet.</source>
        <translation>点击一行打开该区，按住 Ctrl 点击另一行即可对比；Ctrl+C 复制后可粘贴到电子表格。</translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <location filename="../qml/ErrorView.qml" line="29"/>
        <source>Open a data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="35"/>
        <source>Import boundaries: choose the boundary file</source>
        <translation>导入边界：选择边界文件</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="36"/>
        <source>GeoJSON or JSON files (*.json *.geojson)</source>
        <translation>GeoJSON 或 JSON 文件 (*.json *.geojson)</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="36"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="42"/>
        <source>Import boundaries: choose a new, empty folder for the data</source>
        <translation>导入边界：为数据选择一个新的空文件夹</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="57"/>
        <source>The data could not be loaded</source>
        <translation>数据无法加载</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="63"/>
        <source>Nothing was loaded from %1. Fix the problems below: the files are watched, and the map appears as soon as they are valid. Or start with --data to choose another directory.</source>
        <translation>未从 %1 加载任何数据。请修正以下问题：程序会监视这些文件，文件一旦有效，地图即会出现。也可以使用 --data 指定其他数据目录。</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="64"/>
        <source>Nothing was loaded from %1. Fix the problems below and press Try again, or start with --data to choose another directory.</source>
        <translation>未从 %1 加载任何数据。请修正以下问题后点击“重试”，或使用 --data 指定其他数据目录。</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="73"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="81"/>
        <source>Use the bundled data</source>
        <translation>使用自带数据</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="90"/>
        <source>Open folder…</source>
        <translation>打开文件夹……</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="95"/>
        <source>Import boundaries…</source>
        <translation>导入边界……</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="98"/>
        <source>Make a new data folder from a published boundary file (DataV, ECharts, Amap) and the bundled data</source>
        <translation>用已发布的边界文件（DataV、ECharts、高德）和自带数据生成一个新的数据文件夹</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="107"/>
        <source>Imported into %1.</source>
        <translation>已导入到 %1。</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="108"/>
        <source>The boundaries were not imported.</source>
        <translation>边界未导入。</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="116"/>
        <source>Open the imported data</source>
        <translation>打开导入的数据</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/io/exporttarget.cpp" line="22"/>
        <source>%1 is inside the data directory %2, which this application never writes to. Choose another folder.</source>
        <translation>%1 位于数据目录 %2 之内，本程序从不向该目录写入。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../quick/exporter.cpp" line="33"/>
        <source>No file was chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <location filename="../quick/exporter.cpp" line="38"/>
        <source>Only local files can be written: %1</source>
        <translation>只能写入本地文件：%1</translation>
    </message>
    <message>
        <location filename="../quick/exporter.cpp" line="76"/>
        <source>No district is selected.</source>
        <translation>未选择任何区。</translation>
    </message>
    <message>
        <location filename="../quick/exporter.cpp" line="96"/>
        <source>Two districts must be compared first.</source>
        <translation>请先选择两个区进行对比。</translation>
    </message>
    <message>
        <location filename="../quick/exporter.cpp" line="123"/>
        <location filename="../quick/exporter.cpp" line="139"/>
        <source>No data is loaded.</source>
        <translation>尚未载入数据。</translation>
    </message>
</context>
<context>
    <name>FirstStartHint</name>
    <message>
        <location filename="../qml/FirstStartHint.qml" line="37"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../qml/FirstStartHint.qml" line="44"/>
        <source>Click a district (or press Tab, then Enter) to read its profile. Zoom in with the mouse wheel or + to see the names of the small central districts. Ctrl+F searches; F1 shows every key.</source>
        <translation>点击一个区（或按 Tab 键，再按回车键）即可阅读其区情。用鼠标滚轮或 + 键放大，可看到中心城区几个小区的名称。Ctrl+F 搜索；F1 显示全部按键。</translation>
    </message>
    <message>
        <location filename="../qml/FirstStartHint.qml" line="50"/>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../qml/HelpDialog.qml" line="16"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="21"/>
        <source>This help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="22"/>
        <source>Search for a district, platform or policy (↑/↓ and Enter choose)</source>
        <translation>搜索区、平台或政策（用 ↑/↓ 和回车键选择）</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="23"/>
        <source>Move through the districts in the official order, then the panel&apos;s items and buttons</source>
        <translation>按官方顺序在各区之间移动，然后是面板中的条目和按钮</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="24"/>
        <source>Move to the neighbouring district (with Shift: pan the map)</source>
        <translation>移到相邻的区（按住 Shift：平移地图）</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="25"/>
        <source>Open the district with the keyboard focus, or an item&apos;s source sentence</source>
        <translation>打开具有键盘焦点的区，或显示条目的原文出处</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="26"/>
        <source>The district&apos;s menu: open, compare with…, export PDF</source>
        <translation>区的菜单：打开、与其他区对比、导出 PDF</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="27"/>
        <source>Zoom in / out</source>
        <translation>放大／缩小</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="28"/>
        <source>Show the whole city</source>
        <translation>显示全市</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="29"/>
        <source>One step back: stop picking, leave compare, close the panel</source>
        <translation>后退一步：停止选择、退出对比、关闭面板</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="30"/>
        <source>Map, table or chart</source>
        <translation>地图、表格或图表</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="31"/>
        <source>Export the open district&apos;s PDF summary</source>
        <translation>导出当前区的 PDF 摘要</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="32"/>
        <source>Read the data files again</source>
        <translation>重新读取数据文件</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="33"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="46"/>
        <source>What each view does</source>
        <translation>各视图的作用</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="52"/>
        <source>Map: click a district to open its profile; drag to pan, wheel or pinch to zoom, double-click to zoom in. Zoom in to see the names of the small central districts. Right-click a district for its menu.</source>
        <translation>地图：点击一个区即可打开其区情；拖动以平移，滚轮或双指缩放，双击放大。放大后可看到中心城区几个小区的名称。右键点击一个区可打开其菜单。</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="53"/>
        <source>District panel: names, brand, platforms, policies, initiatives, key figures and metrics with their rank. Click or press Enter on an item to read the sentence it comes from; text can be selected and copied.</source>
        <translation>区情面板：名称、品牌、平台、政策、举措、关键数据以及指标及其排名。点击条目或在条目上按回车键，可阅读其原文出处；文字可以选中并复制。</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="54"/>
        <source>Colour by: colours the districts by a metric, with a legend of its classes, unit, year and source. Grey means no data.</source>
        <translation>着色依据：按某一指标为各区着色，并附图例（分级、单位、年份和来源）。灰色表示无数据。</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="55"/>
        <source>Compare: &quot;Compare with…&quot; in the panel, then click a second district. The view shows both side by side: a metrics table, a chart and the aligned profiles. Swap, replace either side, leave, or export the comparison as a PDF.</source>
        <translation>对比：在面板中点击“与其他区对比……”，再点击第二个区。对比视图并排显示两个区：指标表、图表和对齐的区情。可以互换、替换任一侧、退出，或将对比导出为 PDF。</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="56"/>
        <source>Export PDF…: a printable A4 summary (Chinese and English) of the district or of the comparison.</source>
        <translation>导出 PDF……：区或对比的可打印 A4 摘要（中英文）。</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="66"/>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="19"/>
        <source>Shanghai Innovation Map</source>
        <translation>上海创新地图</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <location filename="../qml/MainView.qml" line="90"/>
        <source>Shanghai Innovation Map</source>
        <translation>上海创新地图</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="102"/>
        <source>Colour by</source>
        <translation>着色指标</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="131"/>
        <source>Colour the map by</source>
        <translation>按指标为地图着色</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="151"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="152"/>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="161"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="162"/>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="167"/>
        <source>Base map</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="169"/>
        <source>Choose what lies under the districts</source>
        <translation>选择各区下方显示的底图</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="174"/>
        <source>Reset view</source>
        <translation>全市视图</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="176"/>
        <source>Reset the view to the whole city</source>
        <translation>将视图恢复为全市</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="177"/>
        <source>Show the whole city (0)</source>
        <translation>显示全市（0）</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="185"/>
        <source>Switch language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="190"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="192"/>
        <source>Help: the keyboard and what each view does</source>
        <translation>帮助：键盘操作及各视图的作用</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="193"/>
        <source>Help (F1)</source>
        <translation>帮助（F1）</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="275"/>
        <source>Click a district (or search for one) to compare with %1 · Esc cancels</source>
        <translation>点击（或搜索）一个区与%1对比 · 按 Esc 取消</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="295"/>
        <source>Data reloaded at %1</source>
        <translation>数据已于 %1 重新载入</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="198"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="200"/>
        <source>About this application</source>
        <translation>关于本程序</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../qml/views/RankingChart.qml" line="118"/>
        <location filename="../qml/views/RankingChart.qml" line="182"/>
        <source>Figures for %1</source>
        <translation>%1年数据</translation>
    </message>
    <message>
        <location filename="../qml/views/RankingChart.qml" line="119"/>
        <location filename="../qml/views/RankingChart.qml" line="183"/>
        <source>Source: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <location filename="../qml/views/RankingChart.qml" line="178"/>
        <source>%1: %2 (rank %3 of %4)</source>
        <translation>%1：%2（%4 个区中排第 %3）</translation>
    </message>
    <message>
        <location filename="../qml/views/RankingChart.qml" line="193"/>
        <source>No data: %1</source>
        <translation>暂无数据：%1</translation>
    </message>
    <message>
        <location filename="../qml/views/RankingChart.qml" line="201"/>
        <source>The chart shows the metric chosen under &quot;Colour by&quot;. Click a bar to open the district.</source>
        <translation>图表显示“着色指标”中所选的指标。点击条形即可打开该区。</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="41"/>
        <source>A file name cannot contain “/”.</source>
        <translation>文件名不能包含“/”。</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="43"/>
        <source>“%1” is not a file name.</source>
        <translation>“%1”不是有效的文件名。</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="45"/>
        <source>“%1” is a folder. Type another name.</source>
        <translation>“%1”是一个文件夹。请输入其他名称。</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="50"/>
        <source>The folder “%1” cannot be read.</source>
        <translation>无法读取文件夹“%1”。</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="51"/>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="128"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="135"/>
        <source>Folder path (Enter goes there)</source>
        <translation>文件夹路径（按回车键前往）</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="140"/>
        <source>Up</source>
        <translation>上一级</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="141"/>
        <source>Go to the folder above</source>
        <translation>前往上一级文件夹</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="149"/>
        <source>Home</source>
        <translation>主目录</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="150"/>
        <source>Go to your home folder</source>
        <translation>前往您的主目录</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="181"/>
        <source>Folders, and the files of this kind</source>
        <translation>文件夹及此类文件</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="212"/>
        <source>Folder %1</source>
        <translation>文件夹 %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="212"/>
        <source>File %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="224"/>
        <source>No folders or files of this kind here</source>
        <translation>此处没有文件夹或此类文件</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="234"/>
        <source>Name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="241"/>
        <source>File name (Enter saves)</source>
        <translation>文件名（按回车键保存）</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="265"/>
        <source>Saves %1</source>
        <translation>将保存为 %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="266"/>
        <source>Type a file name.</source>
        <translation>请输入文件名。</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="270"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="279"/>
        <location filename="../qml/dialogs/SaveDialog.qml" line="308"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="295"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SaveDialog.qml" line="300"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../qml/SearchBox.qml" line="12"/>
        <source>Search districts, platforms, policies… (Ctrl+F)</source>
        <translation>搜索区、平台、政策……（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../qml/SearchBox.qml" line="13"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../qml/SearchBox.qml" line="108"/>
        <source>No matches</source>
        <translation>无匹配结果</translation>
    </message>
</context>
<context>
    <name>SelectableText</name>
    <message>
        <location filename="../qml/panel/SelectableText.qml" line="29"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../qml/panel/SelectableText.qml" line="34"/>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="52"/>
        <source>Export the district summary as PDF</source>
        <translation>将区概览导出为 PDF</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="52"/>
        <location filename="../qml/views/ViewBar.qml" line="53"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="53"/>
        <source>Export the comparison as PDF</source>
        <translation>将对比导出为 PDF</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="54"/>
        <source>Export the table as an Excel workbook</source>
        <translation>将表格导出为 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="54"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="55"/>
        <source>Export the table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="55"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="56"/>
        <source>Export the map as a PNG image</source>
        <translation>将地图导出为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="56"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="57"/>
        <source>Export the map as an SVG image</source>
        <translation>将地图导出为 SVG 图片</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="57"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="84"/>
        <source>Unknown export: %1</source>
        <translation>未知的导出类型：%1</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="87"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="104"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="110"/>
        <source>The map (Ctrl+1)</source>
        <translation>地图（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="114"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="120"/>
        <source>Every district and metric in a sortable table (Ctrl+2)</source>
        <translation>各区各项指标的可排序表格（Ctrl+2）</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="124"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="130"/>
        <source>The districts ranked by the chosen metric (Ctrl+3)</source>
        <translation>各区按所选指标的排名（Ctrl+3）</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="145"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="146"/>
        <source>Export the data, the map or a summary to a file</source>
        <translation>将数据、地图或概览导出为文件</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="153"/>
        <source>District summary (PDF)…</source>
        <translation>区情概览（PDF）…</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="158"/>
        <source>Comparison (PDF)…</source>
        <translation>两区对比（PDF）…</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="164"/>
        <source>Table as Excel workbook (XLSX)…</source>
        <translation>表格：Excel 工作簿（XLSX）…</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="168"/>
        <source>Table as CSV…</source>
        <translation>表格：CSV…</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="173"/>
        <source>Map as PNG image…</source>
        <translation>地图：PNG 图片…</translation>
    </message>
    <message>
        <location filename="../qml/views/ViewBar.qml" line="177"/>
        <source>Map as SVG image…</source>
        <translation>地图：SVG 图片…</translation>
    </message>
</context>
<context>
    <name>sim::BaseMap</name>
    <message>
        <location filename="../quick/basemap.cpp" line="39"/>
        <source>The tile server in your settings was ignored: %1</source>
        <translation>设置中的瓦片服务器已被忽略：%1</translation>
    </message>
    <message>
        <location filename="../quick/basemap.cpp" line="121"/>
        <source>no answer within 8 seconds</source>
        <translation>8 秒内无响应</translation>
    </message>
    <message>
        <location filename="../quick/basemap.cpp" line="125"/>
        <source>the answer is not an image</source>
        <translation>响应不是图像</translation>
    </message>
    <message>
        <location filename="../quick/basemap.cpp" line="127"/>
        <source>Map tiles could not be loaded from %1 (%2). The districts are shown without them.</source>
        <translation>无法从 %1 加载地图瓦片（%2）。各区照常显示，但没有底图。</translation>
    </message>
</context>
</TS>
