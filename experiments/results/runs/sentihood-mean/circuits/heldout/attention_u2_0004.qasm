// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0336395326095014) q[0];
ry(1.4621602314288182) q[0];
rz(-0.18007589043780392) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 88a1438038d3f47915d0ff111276ddf286012264891f11057a1122bc84eb2fe4
