// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2069445498515194) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 33f9e5455e08ee240708748fbdf399bc8fde5120e31bcf1a187fe6a49e659b82
