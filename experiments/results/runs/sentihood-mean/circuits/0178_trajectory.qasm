// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3762381852230305) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e78464a57228ed9c90b7e6cb3aa6d466d83076072eec521a13d06bc9ac977eab
