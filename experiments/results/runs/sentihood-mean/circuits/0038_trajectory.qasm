// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4254548890968136) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f74b62f1d92775b1f73aa177f412a2f03b34f767df9faa2cb1f907509276b4f5
