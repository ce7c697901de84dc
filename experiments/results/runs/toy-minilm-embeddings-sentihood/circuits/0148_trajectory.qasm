// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.038391546278913) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d0bab992ea735702cb84f36e19540899971c989c86eaffd5ac307f75b6705644
