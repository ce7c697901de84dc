// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4464963078226605) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9957df7588a76e752a705602c67e4bf2b60724f1eff4906daeb8bf558deeb7a0
