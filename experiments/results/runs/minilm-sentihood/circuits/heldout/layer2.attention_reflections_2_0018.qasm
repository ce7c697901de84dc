// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0553232743318417) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d7482a3a03abcee539fe9c0ac658b2af61d59291296850781f28bee3b6baddf4
