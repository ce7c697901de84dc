// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24042705382280705) q[0];
ry(1.9945506489420965) q[0];
rz(0.10047068536148762) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c3ec5811d4723e973fd050995ac1c6c705a1e5bf2bda9d9f31d737779cd04153
