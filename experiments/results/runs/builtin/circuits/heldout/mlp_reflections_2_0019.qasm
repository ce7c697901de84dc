// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0438416130042174) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 62f4c0cc3ed1a92896cc094c7654f85c7bffe5bda3db470c1ea0562f4689adc5
