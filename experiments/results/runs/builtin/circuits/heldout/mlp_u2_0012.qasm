// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.07531519553878274) q[0];
ry(2.539166129396445) q[0];
rz(0.06209461304259989) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 323c43023f983bdf47a6b2387039313898c8c223aaf1171098279e2ccdcb2f7c
