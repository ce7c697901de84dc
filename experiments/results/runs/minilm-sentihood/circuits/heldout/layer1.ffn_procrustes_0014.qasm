// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0560836018271673) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 51b048a16ec858d70487ecd608a75dbe9cfc35463a913b588466b7575699cf47
