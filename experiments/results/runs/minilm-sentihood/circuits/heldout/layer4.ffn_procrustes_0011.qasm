// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.625115719946452) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 80acd2215a223b9b40db7f3f9b579014fa45f400d07c984102230595d3bd2101
