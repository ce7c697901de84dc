// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.241519302078799) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 98a7b0acf13eff9ccc319743ced91826464381eb2e4da6e4c8567041b8c75236
