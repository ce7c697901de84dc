// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6587507087666477) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 30d6f097a56ad6c7086e4483ca249f6507e53f91362eaa6d6a9069ca9b8609a5
