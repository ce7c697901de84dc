// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-3.0153640840792044) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f59dfae46e2b974bc7b40771ef5fd9f2943f9cce4af1eff5d2967814ef3c37d0
