// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.37847841633253) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6012082ba80d81583c2c70546dab5e671e6e5fd844fa9352c374449377d1c9c9
