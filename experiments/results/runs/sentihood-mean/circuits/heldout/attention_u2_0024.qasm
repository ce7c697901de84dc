// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0240804449599707) q[0];
ry(1.5603128025613913) q[0];
rz(-0.017223743325176954) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e9e57236c0e981a3d79650a740d0594cd035405fff1aad1c8718c5138f67a356
