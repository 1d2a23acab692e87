-- Runs after the init.lua from docs/editors.md (which starts neuroterm-ls for Markdown buffers): opens the
-- document, asks Neovim's built-in LSP client for what the test checks, and writes it as JSON to
-- $NEUROTERM_OUT. Started by neovim.test.ts; every wait has a timeout.
local out = {}
local function finish()
  vim.fn.writefile({ vim.fn.json_encode(out) }, vim.env.NEUROTERM_OUT)
  vim.cmd('qa!')
end

local function diagnostics()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, { code = d.code or lsp.code, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, message = d.message, source = d.source })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum end)
  return list
end

vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.NEUROTERM_DOC))
out.filetype = vim.bo.filetype

out.opened = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 20)
out.diagnostics = diagnostics()

local params = function(line, character)
  return { textDocument = vim.lsp.util.make_text_document_params(), position = { line = line, character = character } }
end
local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', params(0, 5), 10000) or {}
for _, r in pairs(hover) do out.hover = r.result end
local completion = vim.lsp.buf_request_sync(0, 'textDocument/completion', params(2, 4), 10000) or {}
for _, r in pairs(completion) do out.completion = r.result end

-- An edit through Neovim's incremental sync: a new line with a second mistake.
vim.api.nvim_buf_set_lines(0, 3, 3, false, { '', 'Multiple sclerosis is a peripheral neuropathy.' })
out.edited = vim.wait(20000, function() return #vim.diagnostic.get(0) > 1 end, 20)
out.after_edit = diagnostics()
finish()
