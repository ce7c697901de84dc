// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0279264242684696) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 985ef35d514d8bcead6303a84f71f22bd23b9478f892711ff0c208cf845fd2b3
