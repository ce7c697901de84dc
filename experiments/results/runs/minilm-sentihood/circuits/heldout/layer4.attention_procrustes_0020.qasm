// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5991222112536154) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dcdb6a9e37aceb53e74cb4eaa81660aa4c192e605780f724eb31fc5c6454d594
