<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <location filename="../qml/panel/DistrictPanel.qml" line="41"/>
        <source>District profile</source>
        <translation>区情概览</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="73"/>
        <source>Close the district panel</source>
        <translation>关闭区情面板</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="75"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="101"/>
        <source>Focus industries</source>
        <translation>重点产业</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="166"/>
        <source>Press to show the source</source>
        <translation>按下以显示出处</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="220"/>
        <source>Source: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="234"/>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <location filename="../qml/panel/DistrictPanel.qml" line="242"/>
        <source>Click any item above to see the sentence it comes from.</source>
        <translation>点击上方任一条目，可查看其原文出处。</translation>
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
        <location filename="../qml/MainView.qml" line="43"/>
        <source>Shanghai Innovation Map</source>
        <translation>上海创新地图</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="54"/>
        <source>Colour by</source>
        <translation>着色指标</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="64"/>
        <source>Colour the map by</source>
        <translation>按指标为地图着色</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="77"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="79"/>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="86"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="88"/>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="93"/>
        <source>Reset view</source>
        <translation>全市视图</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="94"/>
        <source>Reset the view to the whole city</source>
        <translation>将视图恢复为全市</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="96"/>
        <source>Show the whole city (0)</source>
        <translation>显示全市（0）</translation>
    </message>
    <message>
        <location filename="../qml/MainView.qml" line="103"/>
        <source>Switch language</source>
        <translation>切换语言</translation>
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
        <location filename="../qml/SearchBox.qml" line="93"/>
        <source>Nothing found</source>
        <translation>未找到结果</translation>
    </message>
</context>
</TS>
