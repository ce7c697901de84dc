// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.13569833094354422) q[0];
ry(2.3872663958941205) q[0];
rz(0.09917292765319541) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b3c15beb3cc5be7f94959a5cc2e03ce17a76abc454206098d95864217687c634
