<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML, document pages: notes (part of document.xsl): the call and
  its popover, insertions and headnotes in place, the endnotes, and who is
  responsible for a note (@resp: note-role, resp-names).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:libxslt="http://xmlsoft.org/XSLT/namespace"
    exclude-result-prefixes="tei libxslt">

  <!-- The link from a note back to its call in the text: default '↩'. -->
  <xsl:param name="backlink-mark" select="'↩'"/>

  <!-- At the call site: a superscript link to the endnote; the editor's
       notes (type="editorial") have calls of their own. The call is
       described by the note's popover, which follows it (see
       "note-popover"). -->
  <xsl:template match="tei:note">
    <xsl:variable name="id"><xsl:call-template name="note-id"/></xsl:variable>
    <xsl:variable name="n"><xsl:call-template name="note-label"/></xsl:variable>
    <sup class="noteref-sup">
      <a role="doc-noteref" id="ref-{$id}" href="#{$id}" aria-describedby="pop-{$id}">
        <xsl:attribute name="class">
          <xsl:text>noteref</xsl:text>
          <xsl:if test="@type = 'editorial'"> noteref-editorial</xsl:if>
        </xsl:attribute>
        <xsl:attribute name="aria-label">
          <xsl:call-template name="label">
            <xsl:with-param name="key">
              <xsl:choose>
                <xsl:when test="@type = 'editorial'">editor-note</xsl:when>
                <xsl:otherwise>note</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:value-of select="concat(' ', $n)"/>
        </xsl:attribute>
        <xsl:value-of select="$n"/>
      </a>
    </sup>
    <xsl:call-template name="note-popover">
      <xsl:with-param name="id" select="$id"/>
      <xsl:with-param name="n" select="$n"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The note's popover, right after its call: the note's number, its
     text and who wrote it, the same text as the endnote's without the
     back-link (the kind, "Note" or "Editor's note", is in data-kind, shown
     by the CSS before the number), shown by the CSS while the call is hovered or focused, or
     the popover itself hovered (editio.js: Escape hides it). It stands in
     the text, usually in a <p>, so it is phrasing content only: spans, the
     note's paragraphs as span.note-popover-p shown as blocks; it holds no
     ids and no links (names and references are plain text in it).
       <span class="note-popover note-by-author" id="pop-ID" role="tooltip">
         <span class="note-popover-head" data-kind="Note"><span class="note-popover-n">41</span></span>
         <span class="note-popover-body"><span class="note-popover-p">… <span
           class="note-resp note-by-author">— Anna Bell</span></span></span></span> -->
  <xsl:template name="note-popover">
    <xsl:param name="id"/>
    <xsl:param name="n"/>
    <xsl:variable name="role"><xsl:call-template name="note-role"/></xsl:variable>
    <xsl:variable name="block"><xsl:call-template name="has-block-content"/></xsl:variable>
    <span id="pop-{$id}" role="tooltip">
      <xsl:attribute name="class">
        <xsl:text>note-popover</xsl:text>
        <xsl:if test="@type = 'editorial'"> note-popover-editorial</xsl:if>
        <xsl:choose>
          <xsl:when test="$role != ''"><xsl:value-of select="concat(' note-by-', $role)"/></xsl:when>
          <xsl:otherwise> note-unattributed</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <span class="note-popover-head">
        <xsl:attribute name="data-kind">
          <xsl:call-template name="label">
            <xsl:with-param name="key">
              <xsl:choose>
                <xsl:when test="@type = 'editorial'">editor-note</xsl:when>
                <xsl:otherwise>note</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:attribute>
        <span class="note-popover-n"><xsl:value-of select="$n"/></span>
      </span>
      <xsl:text> </xsl:text>
      <span class="note-popover-body">
        <xsl:choose>
          <xsl:when test="$block = 'yes'">
            <xsl:apply-templates mode="popover"/>
            <xsl:if test="not(*[last()][self::tei:p or self::tei:ab]) and $role != ''">
              <span class="note-popover-p note-tail">
                <xsl:call-template name="note-tail">
                  <xsl:with-param name="backlink" select="false()"/>
                </xsl:call-template>
              </span>
            </xsl:if>
          </xsl:when>
          <xsl:otherwise>
            <span class="note-popover-p">
              <xsl:apply-templates mode="popover"/>
              <xsl:call-template name="note-tail">
                <xsl:with-param name="backlink" select="false()"/>
              </xsl:call-template>
            </span>
          </xsl:otherwise>
        </xsl:choose>
      </span>
    </span>
  </xsl:template>

  <!-- mode popover: the content of a note in its popover. Blocks become
       spans shown as blocks; elements that would write an id or a link
       are written without; anything else as in the text. -->
  <xsl:template match="tei:p | tei:ab | tei:head" mode="popover">
    <span class="note-popover-p">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates mode="popover"/>
      <xsl:if test="parent::tei:note and not(following-sibling::*) and not(self::tei:head)">
        <xsl:for-each select="parent::tei:note">
          <xsl:call-template name="note-tail">
            <xsl:with-param name="backlink" select="false()"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:if>
    </span>
    <!-- a space between blocks, for the text of aria-describedby -->
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:list | tei:lg | tei:table | tei:figure | tei:postscript" mode="popover">
    <span class="note-popover-{local-name()}">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates mode="popover"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:item | tei:l | tei:row | tei:list/tei:label" mode="popover">
    <span class="note-popover-{local-name()}">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates mode="popover"/>
    </span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:cell" mode="popover">
    <span class="note-popover-cell">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates mode="popover"/>
    </span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:quote[tei:p | tei:ab | tei:lg | tei:l | tei:list | tei:table] | tei:cit[tei:quote[tei:p | tei:ab | tei:lg | tei:l | tei:list | tei:table]]"
      mode="popover">
    <span class="note-popover-quote">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates mode="popover"/>
    </span>
  </xsl:template>

  <!-- no links: names and references as their text -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs | tei:ref" mode="popover">
    <xsl:choose>
      <xsl:when test="normalize-space(@xml:lang) != ''">
        <span><xsl:call-template name="lang-attr"/><xsl:apply-templates mode="popover"/></span>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="popover"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ptr" mode="popover">
    <xsl:value-of select="substring-before(concat(normalize-space(@target), ' '), ' ')"/>
  </xsl:template>

  <!-- no ids -->
  <xsl:template match="tei:seg[@xml:id] | tei:idno[@xml:id] | tei:opener | tei:closer | tei:dateline
                       | tei:salute | tei:signed | tei:address | tei:addrLine" mode="popover">
    <span class="{local-name()}">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates mode="popover"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:pb[@xml:id]" mode="popover">
    <xsl:if test="normalize-space(@n) != ''">
      <span class="pb">
        <xsl:text>[</xsl:text>
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'page'"/>
        </xsl:call-template>
        <xsl:value-of select="concat(' ', normalize-space(@n), ']')"/>
      </span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:anchor" mode="popover"/>

  <!-- a note inside a note has no popover of its own; an insertion in
       place stays -->
  <xsl:template match="tei:note" mode="popover"/>

  <xsl:template match="tei:note[@type = 'insertion'][@place = 'inline']" mode="popover" priority="2">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <xsl:template match="*" mode="popover">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <!-- An insertion standing in the text, e.g. "(Sidorov - AB)" with the
       parentheses outside the note: in place, marked, naming who inserted
       it (@resp: the resp and name of a respStmt, or a name):
         <span class="insertion insertion-by-editor" title="Inserted by:
           editors of the source publication, A. Bell"><span
           class="visually-hidden">Inserted by: …: </span>Sidorov - AB</span> -->
  <xsl:template match="tei:note[@type = 'insertion'][@place = 'inline']" priority="2">
    <xsl:variable name="role"><xsl:call-template name="note-role"/></xsl:variable>
    <xsl:variable name="who">
      <xsl:call-template name="resp-descriptions">
        <xsl:with-param name="tokens" select="normalize-space(@resp)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="label">
      <xsl:choose>
        <xsl:when test="normalize-space($who) != ''">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'inserted-by'"/>
          </xsl:call-template>
          <xsl:value-of select="concat(': ', normalize-space($who))"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'insertion'"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <span>
      <xsl:attribute name="class">
        <xsl:text>insertion</xsl:text>
        <xsl:if test="$role != ''"><xsl:value-of select="concat(' insertion-by-', $role)"/></xsl:if>
      </xsl:attribute>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:attribute name="title"><xsl:value-of select="$label"/></xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <span class="visually-hidden"><xsl:value-of select="concat($label, ': ')"/></span>
      <xsl:apply-templates select="node()[not(self::tei:p)] | tei:p/node()"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:note[@type = 'insertion'][@place = 'inline']" mode="plain">
    <xsl:apply-templates mode="plain"/>
  </xsl:template>

  <!-- A headnote (of the source publication, the translator, ...) in place,
       as a block labelled by its @resp: an aside between blocks, a span
       shown as a block inside a paragraph.
         <aside class="headnote-note headnote-by-editor"><p
           class="headnote-label" title="editors of the source publication,
           A. Bell">Note of the source publication</p><p>…</p></aside> -->
  <xsl:template match="tei:note[@type = 'headnote']" priority="2">
    <xsl:variable name="role"><xsl:call-template name="note-role"/></xsl:variable>
    <xsl:variable name="who">
      <xsl:call-template name="resp-descriptions">
        <xsl:with-param name="tokens" select="normalize-space(@resp)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="first" select="substring-before(concat(normalize-space(@resp), ' '), ' ')"/>
    <xsl:variable name="target" select="key('xml-id', substring-after($first, '#'))[starts-with($first, '#')][1]"/>
    <xsl:variable name="key">
      <xsl:choose>
        <xsl:when test="not($target)">headnote</xsl:when>
        <xsl:when test="$role = 'author'">headnote-author</xsl:when>
        <xsl:when test="$role = 'translator'">headnote-translator</xsl:when>
        <!-- the edition's own editor, else an earlier one: the publication's -->
        <xsl:when test="$target[self::tei:editor] or $target/ancestor::tei:editionStmt">headnote-editor</xsl:when>
        <xsl:otherwise>headnote-source</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="block" select="parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back
                                       or parent::tei:postscript or parent::tei:lg"/>
    <xsl:variable name="class">
      <xsl:text>headnote-note</xsl:text>
      <xsl:if test="$role != ''"><xsl:value-of select="concat(' headnote-by-', $role)"/></xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block">
        <aside class="{$class}">
          <xsl:if test="@xml:id">
            <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
          </xsl:if>
          <xsl:call-template name="lang-attr"/>
          <p class="headnote-label">
            <xsl:if test="normalize-space($who) != ''">
              <xsl:attribute name="title"><xsl:value-of select="normalize-space($who)"/></xsl:attribute>
            </xsl:if>
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="$key"/>
            </xsl:call-template>
          </p>
          <xsl:choose>
            <xsl:when test="tei:p | tei:ab | tei:list | tei:lg | tei:table | tei:quote">
              <xsl:apply-templates/>
            </xsl:when>
            <xsl:otherwise>
              <p><xsl:apply-templates/></p>
            </xsl:otherwise>
          </xsl:choose>
        </aside>
      </xsl:when>
      <xsl:otherwise>
        <span class="{$class}" role="note">
          <xsl:if test="@xml:id">
            <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
          </xsl:if>
          <xsl:call-template name="lang-attr"/>
          <span class="headnote-label">
            <xsl:if test="normalize-space($who) != ''">
              <xsl:attribute name="title"><xsl:value-of select="normalize-space($who)"/></xsl:attribute>
            </xsl:if>
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="$key"/>
            </xsl:call-template>
          </span>
          <xsl:text> </xsl:text>
          <xsl:apply-templates select="node()[not(self::tei:p)] | tei:p/node()"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:note[@type = 'headnote']" mode="plain"/>

  <!-- Paragraphs of a headnote: no number, no note tail. -->
  <xsl:template match="tei:note[@type = 'headnote']/tei:p | tei:note[@type = 'headnote']/tei:ab" priority="2">
    <p>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <!-- Who @resp points to, in words, joined by "; ": a respStmt as "resp,
       name" (its resp, then its name), anything else by its name. -->
  <xsl:template name="resp-descriptions">
    <xsl:param name="tokens"/>
    <xsl:param name="first" select="true()"/>
    <xsl:if test="$tokens != ''">
      <xsl:variable name="token" select="substring-before(concat($tokens, ' '), ' ')"/>
      <xsl:variable name="target" select="key('xml-id', substring-after($token, '#'))[starts-with($token, '#')][1]"/>
      <xsl:if test="$target">
        <xsl:if test="not($first)">; </xsl:if>
        <xsl:for-each select="$target">
          <xsl:choose>
            <xsl:when test="self::tei:respStmt">
              <xsl:variable name="name">
                <xsl:apply-templates select="." mode="resp-name"/>
              </xsl:variable>
              <xsl:value-of select="normalize-space(tei:resp)"/>
              <xsl:if test="tei:persName | tei:name | tei:orgName">
                <xsl:if test="normalize-space(tei:resp) != ''">, </xsl:if>
                <xsl:value-of select="$name"/>
              </xsl:if>
            </xsl:when>
            <xsl:otherwise>
              <xsl:apply-templates select="." mode="resp-name"/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:if>
      <xsl:call-template name="resp-descriptions">
        <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
        <xsl:with-param name="first" select="$first and not($target)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Uncalled notes: a note standing between blocks (a child of div, body,
       front or back) has no call site; it is listed without a back-link. -->
  <xsl:template match="tei:note[parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back]"/>

  <!-- In the endnotes section. -->
  <xsl:template match="tei:note" mode="endnote">
    <xsl:variable name="id"><xsl:call-template name="note-id"/></xsl:variable>
    <xsl:variable name="role"><xsl:call-template name="note-role"/></xsl:variable>
    <xsl:variable name="block"><xsl:call-template name="has-block-content"/></xsl:variable>
    <li id="{$id}" role="doc-endnote">
      <xsl:attribute name="class">
        <xsl:text>note</xsl:text>
        <xsl:choose>
          <xsl:when test="$role != ''"><xsl:value-of select="concat(' note-by-', $role)"/></xsl:when>
          <xsl:otherwise> note-unattributed</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back"> note-uncalled</xsl:if>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <span class="note-n"><xsl:call-template name="note-label"/></span>
      <xsl:text> </xsl:text>
      <!-- A note body no call refers to says so (its number appears nowhere in the text). -->
      <xsl:if test="parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back">
        <span class="note-uncalled-label">
          <xsl:text>(</xsl:text>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'note-uncalled'"/>
          </xsl:call-template>
          <xsl:text>)</xsl:text>
        </span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$block = 'yes'">
          <xsl:apply-templates/>
          <!-- the tail goes inside a closing p (see below), else on its own -->
          <xsl:if test="not(*[last()][self::tei:p or self::tei:ab])
                        and ($role != '' or not(parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back))">
            <p class="note-tail"><xsl:call-template name="note-tail"/></p>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <p>
            <xsl:apply-templates/>
            <xsl:call-template name="note-tail"/>
          </p>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <!-- Paragraphs of a note: no paragraph number; the last one carries the
       responsibility and the back-link. -->
  <xsl:template match="tei:note//tei:p | tei:note//tei:ab" priority="1">
    <p>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
      <xsl:if test="parent::tei:note and not(following-sibling::*)">
        <xsl:for-each select="parent::tei:note">
          <xsl:call-template name="note-tail"/>
        </xsl:for-each>
      </xsl:if>
    </p>
  </xsl:template>

  <!-- " — Author Name ↩" (context: the note); no back-link for an uncalled note -->
  <xsl:template name="note-tail">
    <xsl:param name="backlink" select="true()"/>
    <xsl:variable name="id"><xsl:call-template name="note-id"/></xsl:variable>
    <xsl:variable name="role"><xsl:call-template name="note-role"/></xsl:variable>
    <xsl:if test="$role != ''">
      <xsl:text> </xsl:text>
      <span class="note-resp note-by-{$role}">
        <xsl:text>— </xsl:text>
        <xsl:call-template name="resp-names">
          <xsl:with-param name="tokens" select="normalize-space(@resp)"/>
        </xsl:call-template>
      </span>
    </xsl:if>
    <xsl:if test="$backlink and not(parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back)">
      <xsl:text> </xsl:text>
      <a class="backlink" role="doc-backlink" href="#ref-{$id}">
        <xsl:attribute name="aria-label">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'back-to-text'"/>
          </xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="note-label"/>
        </xsl:attribute>
        <xsl:value-of select="$backlink-mark"/>
      </a>
    </xsl:if>
  </xsl:template>

  <!-- @xml:id; else note-{@n} (the editor's: ednote-{@n}); else (a note
       with neither) its position. -->
  <xsl:template name="note-id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:otherwise>
        <xsl:choose>
          <xsl:when test="@type = 'editorial'">ednote-</xsl:when>
          <xsl:otherwise>note-</xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="note-label"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The note's @n. Only a note without @n is counted among the listed
       notes of its kind (slow, but the contract always gives @n): the
       author's notes 1, 2, 3, the editor's a, b, c. -->
  <xsl:template name="note-label">
    <xsl:choose>
      <xsl:when test="normalize-space(@n) != ''"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
      <xsl:when test="@type = 'editorial'">
        <xsl:number format="a" value="count(preceding::tei:note[ancestor::tei:text][@type = 'editorial']) + 1"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="count(preceding::tei:note[ancestor::tei:text][not(@type = 'editorial' or @type = 'headnote' or @type = 'source'
                                    or (@type = 'insertion' and @place = 'inline'))]) + 1"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Responsibility: @resp="#LS" points to a respStmt (or author, editor,
       person…) in the header. The role of the first resolved pointer gives
       the class: author, editor, translator or other; '' when nothing
       resolves. -->
  <xsl:template name="note-role">
    <xsl:call-template name="resp-role">
      <xsl:with-param name="tokens" select="normalize-space(@resp)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="resp-role">
    <xsl:param name="tokens"/>
    <xsl:if test="$tokens != ''">
      <xsl:variable name="token" select="substring-before(concat($tokens, ' '), ' ')"/>
      <xsl:variable name="target" select="key('xml-id', substring-after($token, '#'))[starts-with($token, '#')]"/>
      <xsl:choose>
        <xsl:when test="$target">
          <xsl:apply-templates select="$target[1]" mode="resp-role"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="resp-role">
            <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- The names of all resolved pointers, joined by ", ". -->
  <xsl:template name="resp-names">
    <xsl:param name="tokens"/>
    <xsl:param name="first" select="true()"/>
    <xsl:if test="$tokens != ''">
      <xsl:variable name="token" select="substring-before(concat($tokens, ' '), ' ')"/>
      <xsl:variable name="target" select="key('xml-id', substring-after($token, '#'))[starts-with($token, '#')]"/>
      <xsl:if test="$target">
        <xsl:if test="not($first)">, </xsl:if>
        <xsl:apply-templates select="$target[1]" mode="resp-name"/>
      </xsl:if>
      <xsl:call-template name="resp-names">
        <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
        <xsl:with-param name="first" select="$first and not($target)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:respStmt" mode="resp-name">
    <xsl:choose>
      <xsl:when test="tei:persName | tei:name | tei:orgName">
        <xsl:value-of select="normalize-space((tei:persName | tei:name | tei:orgName)[1])"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(tei:resp)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:person | tei:org" mode="resp-name">
    <xsl:value-of select="normalize-space((tei:persName | tei:orgName | tei:name)[1])"/>
  </xsl:template>

  <xsl:template match="*" mode="resp-name">
    <xsl:value-of select="normalize-space(.)"/>
  </xsl:template>

  <xsl:template match="tei:author" mode="resp-role">author</xsl:template>

  <xsl:template match="tei:editor" mode="resp-role">
    <xsl:choose>
      <xsl:when test="@role = 'translator'">translator</xsl:when>
      <xsl:otherwise>editor</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A respStmt, person or name is the author's when its name is that of
       an author in titleStmt, the editor's when it is an editor's (or it
       sits in editionStmt), a translator's or an editor's when its resp
       has that relator code (resp key="trl", key="edt": the TEI writer
       sets them from the manifest's words). -->
  <xsl:template match="*" mode="resp-role">
    <xsl:variable name="name">
      <xsl:apply-templates select="." mode="resp-name"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$name != '' and $titleStmt/tei:author[normalize-space(.) = $name]">author</xsl:when>
      <xsl:when test="tei:resp/@key = 'trl'">translator</xsl:when>
      <xsl:when test="ancestor::tei:editionStmt
                      or ($name != '' and $titleStmt/tei:editor[normalize-space(.) = $name])
                      or ($name != '' and $header/tei:fileDesc/tei:editionStmt/tei:respStmt/*[normalize-space(.) = $name])
                      or tei:resp/@key = 'edt'">editor</xsl:when>
      <xsl:otherwise>other</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:note" mode="plain"/>

</xsl:stylesheet>
