import { describe, expect, it } from 'vitest';
import { scanHcl } from '../providers/terraform/hcl-blocks.js';

const SRC = `# cldscan:ignore CLD-21 until=2027-03-31 reason="legacy"
resource "aws_s3_bucket" "logs" {
  bucket = "logs-\${var.env}-\${lookup({ a = "}" }, "a")}"
  policy = <<-EOT
    { "Statement": [ { "Effect": "Deny" } ] }
    EOT
  tags = {
    Name = "x" // trailing comment
  }
}

/* a block comment
   spanning lines { */
module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
}

data "aws_caller_identity" "me" {}
locals {
  s = "%{ if true }}%{ endif }"
}
resource "aws_instance" "web" { ami = "ami-1" }
`;

describe('scanHcl', () => {
  it('finds top-level blocks with labels and line ranges, ignoring braces in strings, templates, heredocs and comments', () => {
    const { blocks } = scanHcl(SRC);
    expect(blocks.map((b) => [b.kind, ...b.labels, b.startLine, b.endLine])).toEqual([
      ['resource', 'aws_s3_bucket', 'logs', 2, 10],
      ['module', 'vpc', 14, 16],
      ['data', 'aws_caller_identity', 'me', 18, 18],
      ['locals', 19, 21],
      ['resource', 'aws_instance', 'web', 22, 22],
    ]);
  });

  it('records the line of every comment, and the waiver comments whole', () => {
    const { comments, commentLines } = scanHcl(SRC);
    expect(commentLines).toEqual([1, 8, 12]);
    expect(comments).toEqual([{ line: 1, text: '# cldscan:ignore CLD-21 until=2027-03-31 reason="legacy"' }]);
    const inBlockComment = scanHcl('x = 1 /* a\n cldscan:ignore CLD-21 */ // cldscan:ignore\r\n# cldscan:\n');
    expect(inBlockComment.comments).toEqual([
      { line: 1, text: '/* a\n cldscan:ignore CLD-21 */' },
      { line: 2, text: '// cldscan:ignore' },
    ]);
    expect(inBlockComment.commentLines).toEqual([1, 2, 3]);
  });

  it('survives hostile input: deep nesting and unterminated constructs', () => {
    const deep = `resource "a" "b" {\n${'x = {'.repeat(50_000)}${'}'.repeat(50_000)}\n}\n`;
    expect(scanHcl(deep).blocks).toHaveLength(1);
    expect(() => scanHcl('resource "a" "b" {\n  x = "unterminated\n}\n/* open')).not.toThrow();
  });
});
