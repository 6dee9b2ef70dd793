output "instance_ids" {
  value = aws_instance.app[*].id
}

output "eks_endpoint" {
  value = aws_eks_cluster.main.endpoint
}
