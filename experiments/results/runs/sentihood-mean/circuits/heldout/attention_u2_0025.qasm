// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.029265085372277) q[0];
ry(1.4909398510776313) q[0];
rz(-0.13184892186873798) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dcd4571061dfd8a155eebbd2ebabf742123a30bde5b0dab36fc3cadb91e79184
