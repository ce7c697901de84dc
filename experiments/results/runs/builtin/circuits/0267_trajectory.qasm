// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2526877327961716) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d73d3b6a473a09f80efb6f2d4433d7189191c9d2155e69a915f58ed482ab06da
