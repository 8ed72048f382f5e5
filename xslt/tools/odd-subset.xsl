<?xml version="1.0" encoding="UTF-8"?>
<!--
  odd-subset.xsl - derive a pruned RelaxNG schema from TEI's tei_all.rng.

  Input document : tei_all.rng (TEI P5, RelaxNG XML syntax, as published).
  Parameter odd  : path or URI of the ODD (default: ../../schemas/editio.odd,
                   resolved against THIS stylesheet's location - pass an
                   absolute path or file:// URI when calling from elsewhere).
  Parameter schema: ident of the schemaSpec to use (default: first one).
  Output         : a RelaxNG grammar accepting a subset of what tei_all.rng
                   accepts.

  Usage (see schemas/regenerate.sh):
    xsltproc -stringparam odd /abs/path/editio.odd \
             xslt/tools/odd-subset.xsl tei_all.rng > schemas/editio.rng

  What it does
  1. Reads the element names listed in the ODD's schemaSpec
     (moduleRef/@include and elementRef/@key). Anything the ODD could say that
     this tool does not implement (elementSpec, classSpec, macroSpec, dataSpec,
     moduleRef/@except, moduleRef without @include) is refused, so the ODD can
     never promise more than the generated schema delivers.
  2. Every element define of tei_all whose element is not listed is treated
     as <notAllowed/>.
  3. notAllowed is propagated with the usual RelaxNG rules, computed as the
     complement of the least fixpoint of "productive" defines (those that can
     match at least one finite instance):
       choice          : notAllowed branches removed; all removed -> notAllowed
       group, oneOrMore, list, element, attribute, define
                       : notAllowed as soon as one member is notAllowed
       optional, zeroOrMore with notAllowed content
                       : replaced by nothing (<empty/> inside a choice)
  4. Only defines reachable from the start pattern (schemaSpec/@start,
     default TEI) are written, in tei_all's document order. Annotations
     (a:documentation, embedded Schematron) are dropped.
  5. A repetition that opens a repetition whose other members are optional,
     (P+ Z*)+, is written (P Z*)+: the same language, which libxml2 validates
     in linear time (the nested form takes cubic time in the number of
     children, e.g. the persons of a listPerson).
  Nothing is ever added or widened: every surviving pattern is either copied
  verbatim or is the original with a notAllowed part removed or a oneOrMore
  replaced by its content, so each document valid against the result is valid
  against tei_all.rng.

  The stylesheet stops with an error if a listed element does not exist in
  tei_all.rng, cannot occur (its required content became notAllowed), or is
  unreachable from the start element.

  XSLT 1.0 + EXSLT (common, strings); tested with xsltproc (libxslt 1.1.35).
  The output depends only on the two inputs: same input, same bytes.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:rng="http://relaxng.org/ns/structure/1.0"
    xmlns:a="http://relaxng.org/ns/compatibility/annotations/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:exsl="http://exslt.org/common"
    xmlns:str="http://exslt.org/strings"
    extension-element-prefixes="exsl str"
    exclude-result-prefixes="rng a tei exsl str">

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:strip-space elements="rng:*"/>
  <xsl:preserve-space elements="rng:value rng:param"/>

  <xsl:param name="odd" select="'../../schemas/editio.odd'"/>
  <xsl:param name="schema" select="''"/>

  <xsl:variable name="RNG" select="'http://relaxng.org/ns/structure/1.0'"/>
  <xsl:variable name="grammar" select="/rng:grammar"/>

  <!-- ================================================================ -->
  <!-- 1. The ODD                                                         -->
  <!-- ================================================================ -->

  <xsl:variable name="oddDoc" select="document($odd)"/>
  <xsl:variable name="spec"
      select="($oddDoc//tei:schemaSpec[$schema = '' or @ident = $schema])[1]"/>

  <!-- ' name1 name2 ... ' : every element the ODD includes -->
  <xsl:variable name="keep">
    <xsl:variable name="raw">
      <xsl:for-each select="$spec/tei:moduleRef/@include | $spec/tei:elementRef/@key">
        <xsl:value-of select="concat(' ', ., ' ')"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:value-of select="concat(' ', normalize-space($raw), ' ')"/>
  </xsl:variable>

  <xsl:variable name="startNames">
    <xsl:choose>
      <xsl:when test="normalize-space($spec/@start)">
        <xsl:value-of select="normalize-space($spec/@start)"/>
      </xsl:when>
      <xsl:otherwise>TEI</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template name="check-odd">
    <xsl:if test="not($oddDoc)">
      <xsl:message terminate="yes">odd-subset: cannot read the ODD '<xsl:value-of select="$odd"/>' (relative paths resolve against the stylesheet; pass an absolute path).</xsl:message>
    </xsl:if>
    <xsl:if test="not($spec)">
      <xsl:message terminate="yes">odd-subset: no schemaSpec<xsl:if test="$schema != ''"> with ident '<xsl:value-of select="$schema"/>'</xsl:if> in '<xsl:value-of select="$odd"/>'.</xsl:message>
    </xsl:if>
    <xsl:for-each select="$spec//tei:elementSpec | $spec//tei:classSpec | $spec//tei:macroSpec
                          | $spec//tei:dataSpec | $spec//tei:specGrpRef | $spec//tei:moduleRef[@except]
                          | $spec//tei:moduleRef[not(@include) and @key != 'tei'] | $spec//tei:moduleRef[@url]">
      <xsl:message terminate="yes">odd-subset: the schemaSpec contains &lt;<xsl:value-of select="local-name()"/><xsl:for-each select="@*"><xsl:value-of select="concat(' ', name(), '=&quot;', ., '&quot;')"/></xsl:for-each>&gt;, which this tool does not implement (it only selects elements through moduleRef/@include and elementRef/@key).</xsl:message>
    </xsl:for-each>
    <xsl:for-each select="str:tokenize(concat($keep, ' ', $startNames), ' ')">
      <xsl:variable name="n" select="string(.)"/>
      <xsl:if test="not($grammar/rng:define[@name = concat('tei_', $n)]/rng:element[@name = $n])">
        <xsl:message terminate="yes">odd-subset: the ODD names element '<xsl:value-of select="$n"/>', which tei_all.rng does not define.</xsl:message>
      </xsl:if>
    </xsl:for-each>
    <xsl:for-each select="str:tokenize($startNames, ' ')">
      <xsl:if test="not(contains($keep, concat(' ', ., ' ')))">
        <xsl:message terminate="yes">odd-subset: start element '<xsl:value-of select="."/>' is not included by the ODD.</xsl:message>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- 2. Productivity: mode "bad" outputs a non-empty string iff the     -->
  <!--    pattern is notAllowed, given $P = ' productive defines '.       -->
  <!-- ================================================================ -->

  <xsl:template match="*" mode="bad"/>  <!-- annotations, foreign elements -->

  <xsl:template match="rng:optional | rng:zeroOrMore | rng:text | rng:empty | rng:data
                       | rng:value | rng:param | rng:except | rng:anyName | rng:name
                       | rng:nsName" mode="bad"/>

  <xsl:template match="rng:ref" mode="bad">
    <xsl:param name="P"/>
    <xsl:if test="not(contains($P, concat(' ', @name, ' ')))">x</xsl:if>
  </xsl:template>

  <!-- an element pattern the ODD leaves out is notAllowed -->
  <xsl:template match="rng:element[@name]" mode="bad" priority="2">
    <xsl:param name="P"/>
    <xsl:choose>
      <xsl:when test="not(contains($keep, concat(' ', @name, ' ')))">x</xsl:when>
      <xsl:otherwise>
        <xsl:variable name="v">
          <xsl:apply-templates select="rng:*" mode="bad">
            <xsl:with-param name="P" select="$P"/>
          </xsl:apply-templates>
        </xsl:variable>
        <xsl:if test="string($v)">x</xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="rng:define | rng:element | rng:attribute | rng:group
                       | rng:oneOrMore | rng:list" mode="bad">
    <xsl:param name="P"/>
    <xsl:variable name="v">
      <xsl:apply-templates select="rng:*" mode="bad">
        <xsl:with-param name="P" select="$P"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:if test="string($v)">x</xsl:if>
  </xsl:template>

  <xsl:template match="rng:choice" mode="bad">
    <xsl:param name="P"/>
    <xsl:variable name="ok">
      <xsl:for-each select="rng:*">
        <xsl:variable name="c">
          <xsl:apply-templates select="." mode="bad">
            <xsl:with-param name="P" select="$P"/>
          </xsl:apply-templates>
        </xsl:variable>
        <xsl:if test="not(string($c))">1</xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="not(string($ok))">x</xsl:if>
  </xsl:template>

  <!-- least fixpoint: returns ' name name ... ' of productive defines -->
  <xsl:template name="productive">
    <xsl:param name="P" select="' '"/>
    <xsl:variable name="new">
      <xsl:for-each select="$grammar/rng:define[not(contains($P, concat(' ', @name, ' ')))]">
        <xsl:variable name="b">
          <xsl:apply-templates select="." mode="bad">
            <xsl:with-param name="P" select="$P"/>
          </xsl:apply-templates>
        </xsl:variable>
        <xsl:if test="not(string($b))">
          <xsl:value-of select="concat(@name, ' ')"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($new)">
        <xsl:call-template name="productive">
          <xsl:with-param name="P" select="concat($P, $new)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$P"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- 3. Simplified copy (mode "out"); param P as above                  -->
  <!-- ================================================================ -->

  <xsl:template match="*" mode="out"/>  <!-- annotations, embedded Schematron -->

  <!-- leaves and name classes: copied verbatim -->
  <xsl:template match="rng:text | rng:empty | rng:data | rng:value | rng:ref
                       | rng:anyName | rng:name | rng:nsName" mode="out">
    <xsl:element name="{local-name()}" namespace="{$RNG}">
      <xsl:copy-of select="@*"/>
      <xsl:apply-templates select="node()" mode="verbatim"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="rng:*" mode="verbatim">
    <xsl:element name="{local-name()}" namespace="{$RNG}">
      <xsl:copy-of select="@*"/>
      <xsl:apply-templates select="node()" mode="verbatim"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="text()" mode="verbatim">
    <xsl:value-of select="."/>
  </xsl:template>
  <xsl:template match="*" mode="verbatim"/>

  <!-- containers whose members form a group -->
  <xsl:template match="rng:define | rng:element | rng:attribute | rng:group
                       | rng:oneOrMore | rng:zeroOrMore | rng:optional | rng:list" mode="out">
    <xsl:param name="P"/>
    <xsl:variable name="members" select="rng:*[not(self::rng:anyName or self::rng:name or self::rng:nsName)]"/>
    <!-- members that survive (all members of a group that is not
         notAllowed are allowed; only optional/zeroOrMore may vanish) -->
    <xsl:variable name="kept">
      <xsl:for-each select="$members">
        <xsl:variable name="d">
          <xsl:apply-templates select="." mode="contentbad">
            <xsl:with-param name="P" select="$P"/>
          </xsl:apply-templates>
        </xsl:variable>
        <xsl:if test="not(string($d))">1</xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:element name="{local-name()}" namespace="{$RNG}">
      <xsl:copy-of select="@*"/>
      <xsl:apply-templates select="rng:anyName | rng:name | rng:nsName" mode="out"/>
      <xsl:apply-templates select="$members" mode="member">
        <xsl:with-param name="P" select="$P"/>
      </xsl:apply-templates>
      <xsl:if test="not(string($kept)) and not(self::rng:attribute)">
        <empty xmlns="http://relaxng.org/ns/structure/1.0"/>
      </xsl:if>
      <xsl:if test="not(string($kept)) and self::rng:attribute and $members">
        <xsl:message terminate="yes">odd-subset: attribute '<xsl:value-of select="@name"/>' lost all its content; cannot continue.</xsl:message>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- A oneOrMore of one pattern that opens a oneOrMore whose other members
       can all be empty, (P+ Z*)+, is written (P Z*)+: the same language (each
       P of a run of Ps starts a repetition of its own), but libxml2's RelaxNG
       validator runs the nested repetition in time that grows with the cube of
       the number of children (listPerson, listPlace, listBibl, listEvent: 2,000
       persons took 7 s, 4,000 a minute). Narrowing only: P matches a subset
       of P+. -->
  <xsl:template mode="out" priority="1"
      match="rng:oneOrMore/rng:oneOrMore[count(rng:*) = 1][not(preceding-sibling::rng:*)]
             [not(following-sibling::rng:*[not(self::rng:zeroOrMore or self::rng:optional)])]">
    <xsl:param name="P"/>
    <xsl:apply-templates select="rng:*" mode="member">
      <xsl:with-param name="P" select="$P"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- "contentbad": for optional/zeroOrMore, is the wrapped group notAllowed?
       For anything else: never (it is already known not to be notAllowed). -->
  <xsl:template match="*" mode="contentbad"/>
  <xsl:template match="rng:optional | rng:zeroOrMore" mode="contentbad">
    <xsl:param name="P"/>
    <xsl:variable name="v">
      <xsl:apply-templates select="rng:*" mode="bad">
        <xsl:with-param name="P" select="$P"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:if test="string($v)">x</xsl:if>
  </xsl:template>

  <!-- a member of a group: optional/zeroOrMore around notAllowed vanish -->
  <xsl:template match="rng:*" mode="member">
    <xsl:param name="P"/>
    <xsl:variable name="d">
      <xsl:apply-templates select="." mode="contentbad">
        <xsl:with-param name="P" select="$P"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:if test="not(string($d))">
      <xsl:apply-templates select="." mode="out">
        <xsl:with-param name="P" select="$P"/>
      </xsl:apply-templates>
    </xsl:if>
  </xsl:template>

  <!-- choice: notAllowed branches removed; a single survivor is unwrapped -->
  <xsl:template match="rng:choice" mode="out">
    <xsl:param name="P"/>
    <xsl:variable name="alts">
      <xsl:for-each select="rng:*">
        <xsl:variable name="c">
          <xsl:apply-templates select="." mode="bad">
            <xsl:with-param name="P" select="$P"/>
          </xsl:apply-templates>
        </xsl:variable>
        <xsl:if test="not(string($c))">
          <xsl:value-of select="concat(position(), ' ')"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="survivors"
        select="rng:*[contains(concat(' ', $alts), concat(' ', position(), ' '))]"/>
    <xsl:choose>
      <xsl:when test="count($survivors) = 1">
        <xsl:apply-templates select="$survivors" mode="alt">
          <xsl:with-param name="P" select="$P"/>
        </xsl:apply-templates>
      </xsl:when>
      <xsl:otherwise>
        <choice xmlns="http://relaxng.org/ns/structure/1.0">
          <xsl:apply-templates select="$survivors" mode="alt">
            <xsl:with-param name="P" select="$P"/>
          </xsl:apply-templates>
        </choice>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a choice alternative: optional/zeroOrMore around notAllowed become empty -->
  <xsl:template match="rng:*" mode="alt">
    <xsl:param name="P"/>
    <xsl:variable name="d">
      <xsl:apply-templates select="." mode="contentbad">
        <xsl:with-param name="P" select="$P"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($d)">
        <empty xmlns="http://relaxng.org/ns/structure/1.0"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="." mode="out">
          <xsl:with-param name="P" select="$P"/>
        </xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- 4. Reachability over the simplified defines                       -->
  <!-- ================================================================ -->

  <xsl:template name="reach">
    <xsl:param name="defs"/>   <!-- simplified defines (node-set) -->
    <xsl:param name="R"/>      <!-- ' reached ' -->
    <xsl:param name="front"/>  <!-- ' reached in the last round ' -->
    <xsl:variable name="refs"
        select="$defs[contains($front, concat(' ', @name, ' '))]//rng:ref/@name"/>
    <xsl:variable name="new">
      <xsl:for-each select="$defs[not(contains($R, concat(' ', @name, ' ')))][@name = $refs]">
        <xsl:value-of select="concat(@name, ' ')"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($new)">
        <xsl:call-template name="reach">
          <xsl:with-param name="defs" select="$defs"/>
          <xsl:with-param name="R" select="concat($R, $new)"/>
          <xsl:with-param name="front" select="concat(' ', $new)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$R"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Main                                                              -->
  <!-- ================================================================ -->

  <xsl:template match="/">
    <xsl:if test="not(rng:grammar)">
      <xsl:message terminate="yes">odd-subset: the input is not a RelaxNG grammar (expected tei_all.rng).</xsl:message>
    </xsl:if>
    <xsl:call-template name="check-odd"/>

    <xsl:variable name="P">
      <xsl:call-template name="productive"/>
    </xsl:variable>

    <xsl:variable name="startRefs">
      <xsl:for-each select="str:tokenize($startNames, ' ')">
        <xsl:value-of select="concat('tei_', ., ' ')"/>
      </xsl:for-each>
    </xsl:variable>

    <!-- every included element must still be able to occur -->
    <xsl:for-each select="str:tokenize($keep, ' ')">
      <xsl:if test="not(contains($P, concat(' tei_', ., ' ')))">
        <xsl:message terminate="yes">odd-subset: element '<xsl:value-of select="."/>' cannot occur any more: its required content only uses elements the ODD leaves out. Include them as well.</xsl:message>
      </xsl:if>
    </xsl:for-each>

    <xsl:variable name="simpRTF">
      <xsl:apply-templates select="rng:grammar/rng:define[contains($P, concat(' ', @name, ' '))]" mode="out">
        <xsl:with-param name="P" select="$P"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:variable name="defs" select="exsl:node-set($simpRTF)/rng:define"/>

    <xsl:variable name="R">
      <xsl:call-template name="reach">
        <xsl:with-param name="defs" select="$defs"/>
        <xsl:with-param name="R" select="concat(' ', $startRefs)"/>
        <xsl:with-param name="front" select="concat(' ', $startRefs)"/>
      </xsl:call-template>
    </xsl:variable>

    <xsl:for-each select="str:tokenize($keep, ' ')">
      <xsl:if test="not(contains($R, concat(' tei_', ., ' ')))">
        <xsl:message terminate="yes">odd-subset: element '<xsl:value-of select="."/>' is included but can never be reached from <xsl:value-of select="$startNames"/>: every element that may contain it is left out.</xsl:message>
      </xsl:if>
    </xsl:for-each>

    <xsl:text>&#10;</xsl:text>
    <xsl:comment>
  Generated by xslt/tools/odd-subset.xsl from tei_all.rng and the schemaSpec
  "<xsl:value-of select="$spec/@ident"/>" of the project ODD. DO NOT EDIT: run schemas/regenerate.sh.
  A pruned copy of tei_all.rng: elements not listed in the ODD are notAllowed,
  unreachable definitions are dropped, annotations are removed.
  <xsl:value-of select="count(str:tokenize($keep, ' '))"/> elements, <xsl:value-of select="count($defs[contains($R, concat(' ', @name, ' '))])"/> definitions.
</xsl:comment>
    <xsl:text>&#10;</xsl:text>
    <xsl:copy-of select="rng:grammar/preceding-sibling::comment() | rng:grammar/comment()[not(preceding-sibling::rng:*)]"/>
    <xsl:text>&#10;</xsl:text>
    <grammar xmlns="http://relaxng.org/ns/structure/1.0">
      <!-- declare the annotation namespace once (a:defaultValue attributes) -->
      <xsl:copy-of select="document('')/xsl:stylesheet/namespace::a"/>
      <xsl:copy-of select="rng:grammar/@*"/>
      <start>
        <xsl:choose>
          <xsl:when test="count(str:tokenize($startNames, ' ')) = 1">
            <ref name="tei_{$startNames}"/>
          </xsl:when>
          <xsl:otherwise>
            <choice>
              <xsl:for-each select="str:tokenize($startNames, ' ')">
                <ref name="tei_{.}"/>
              </xsl:for-each>
            </choice>
          </xsl:otherwise>
        </xsl:choose>
      </start>
      <xsl:copy-of select="$defs[contains($R, concat(' ', @name, ' '))]"/>
    </grammar>
  </xsl:template>

</xsl:stylesheet>
