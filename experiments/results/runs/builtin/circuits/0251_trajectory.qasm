// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9905898445970845) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 00c4876f2863d3f5db7b997aea679e1357cd770a979789c1b5c0fc9f9aa34190
