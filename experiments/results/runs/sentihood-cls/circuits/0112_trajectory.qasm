// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.27959309603970484) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 830da4bf6502b7cdef39762b6a1e92f89cff323d73dea0bdc17ed72ca3624674
