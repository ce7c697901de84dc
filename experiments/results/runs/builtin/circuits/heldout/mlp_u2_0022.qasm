// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.04487482662165654) q[0];
ry(1.8869580530991732) q[0];
rz(0.013960984274866473) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e5c4ab09c58c365a92d913e1eb21f27dc920d9614de9b7821bea66dc2b1e3612
