// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4803766146695918) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dac9a4f622a5aa1978210b1059868147344d18f8c621031bbec1d9d3091e26bf
