// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1965183299072795) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 265059c33059a13016b93a651d91b1da3f6491bc2cf8905c2cf98fc584970bdc
