// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9932249416537364) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 85e3f9661d4e448bef8ef5bb43ffa78991a49541b3cf1bf8355f474073f9e9a0
