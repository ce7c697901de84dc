// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2226455469658717) q[0];
ry(1.149848150367004) q[0];
rz(-0.09224991294965701) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1333c2c7a02b28fa2c7647cf525001a6fc6290c6792fb6a0b877c4a110ef0de3
