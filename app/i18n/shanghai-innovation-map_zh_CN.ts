<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../quick/appcontroller.cpp"/>
        <source>No file was chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <location filename="../quick/appcontroller.cpp"/>
        <source>Only local files can be written: %1</source>
        <translation>只能写入本地文件：%1</translation>
    </message>
    <message>
        <location filename="../quick/appcontroller.cpp"/>
        <source>No district is selected.</source>
        <translation>未选择任何区。</translation>
    </message>
    <message>
        <location filename="../quick/appcontroller.cpp"/>
        <source>Two districts must be compared first.</source>
        <translation>请先选择两个区进行对比。</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="44"/>
        <source>Click a district on the map…</source>
        <translation>请在地图上点击一个区……</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="44"/>
        <source>Replace…</source>
        <translation>替换……</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="46"/>
        <source>Replace %1</source>
        <translation>替换%1</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="68"/>
        <source>Compare districts</source>
        <translation>两区对比</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="76"/>
        <source>Swap</source>
        <translation>互换</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="77"/>
        <source>Swap the two districts</source>
        <translation>互换两个区</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="82"/>
        <source>Leave compare</source>
        <translation>退出对比</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="83"/>
        <source>Leave compare mode</source>
        <translation>退出对比模式</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="114"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="126"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="129"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="130"/>
        <source>Ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="131"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="206"/>
        <source>Differences and ratios are first district minus / over second. Ranks are among all districts with data. Hover a metric for its source.</source>
        <translation>差值与比值均为第一个区减去／除以第二个区。排名为在有数据的各区中的位次。将指针悬停在指标上可查看来源。</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="214"/>
        <source>Each metric as a share of the highest district&apos;s value (%)</source>
        <translation>各指标占全市最高区数值的百分比（%）</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml" line="283"/>
        <source>in both</source>
        <translation>两区均有</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml"/>
        <source>Export PDF…</source>
        <translation>导出 PDF……</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml"/>
        <source>Export this comparison as a PDF file</source>
        <translation>将此对比导出为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml"/>
        <source>Save a printable comparison of the two districts as a PDF, in Chinese and English</source>
        <translation>将两区的可打印对比保存为中英双语 PDF</translation>
    </message>
    <message>
        <location filename="../qml/compare/CompareView.qml"/>
        <source>Export the comparison as PDF</source>
        <translation>将对比导出为 PDF</translation>
    </message>
</context>
<context>
    <name>DistrictMap</name>
    <message>
        <location filename="../qml/map/DistrictMap.qml" line="37"/>
        <source>Map of the districts. Tab moves between districts, Enter opens one.</source>
        <translation>各区地图。按 Tab 键在各区之间移动，按回车键打开。</translation>
    </message>
</context>
<context>
    <name>DistrictPanel</name>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="42"/>
        <source>District profile</source>
        <translation>区情概览</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="79"/>
        <source>Close the district panel</source>
        <translation>关闭区情面板</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="81"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="101"/>
        <source>Click a district to compare…</source>
        <translation>请点击要对比的区……</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="101"/>
        <source>Compare with…</source>
        <translation>与其他区对比……</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="102"/>
        <source>Compare this district with another</source>
        <translation>将本区与另一个区对比</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="117"/>
        <source>Focus industries</source>
        <translation>重点产业</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="182"/>
        <source>Press to show the source</source>
        <translation>按下以显示出处</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="236"/>
        <source>Source: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="250"/>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="258"/>
        <source>Click any item above to see the sentence it comes from.</source>
        <translation>点击上方任一条目，可查看其原文出处。</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml"/>
        <source>Export PDF…</source>
        <translation>导出 PDF……</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml"/>
        <source>Export this district&apos;s summary as a PDF file</source>
        <translation>将本区概览导出为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml"/>
        <source>Save a printable summary of this district as a PDF, in Chinese and English</source>
        <translation>将本区的可打印概览保存为中英双语 PDF</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml"/>
        <source>Export the district summary as PDF</source>
        <translation>将区概览导出为 PDF</translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <location filename="../qml/ErrorView.qml" line="15"/>
        <source>The data could not be loaded</source>
        <translation>数据无法加载</translation>
    </message>
    <message>
        <location filename="../qml/ErrorView.qml" line="20"/>
        <source>Nothing was loaded from %1. Fix the problems below and start again, or start with --data to choose another directory.</source>
        <translation>未从 %1 加载任何数据。请修正以下问题后重新启动，或使用 --data 指定其他数据目录。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15"/>
        <source>Shanghai Innovation Map</source>
        <translation>上海创新地图</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <location filename="../qml/MainView.qml" line="49"/>
        <source>Shanghai Innovation Map</source>
        <translation>上海创新地图</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="60"/>
        <source>Colour by</source>
        <translation>着色指标</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="70"/>
        <source>Colour the map by</source>
        <translation>按指标为地图着色</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="83"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="85"/>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="92"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="94"/>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="99"/>
        <source>Reset view</source>
        <translation>全市视图</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="100"/>
        <source>Reset the view to the whole city</source>
        <translation>将视图恢复为全市</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="102"/>
        <source>Show the whole city (0)</source>
        <translation>显示全市（0）</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="109"/>
        <source>Switch language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="143"/>
        <source>Click a district (or search for one) to compare with %1 · Esc cancels</source>
        <translation>点击（或搜索）一个区与%1对比 · 按 Esc 取消</translation>
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
        <location filename="../qml/SearchBox.qml" line="94"/>
        <source>Nothing found</source>
        <translation>未找到结果</translation>
    </message>
</context>
</TS>
