// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.024113314489527) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 204d72b545ecd3e063790cd7f1b5346825438fe51ebbf764fda1d3713ab5f923
