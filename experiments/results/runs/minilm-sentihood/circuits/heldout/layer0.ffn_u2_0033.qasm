// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.15440358978291613) q[0];
ry(1.2723747312034441) q[0];
rz(-0.045728827823133145) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 be69f99127f627ba78048c3f92b1af69214963bc818185d6fe970fadbfb3c7e6
